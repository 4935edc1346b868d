"""Bengali toll reporting, and the number-and-a-half words it shares with Hindi, Nepali and Urdu (sentences of our
own, issue 13): Bengali digits and number words with the people counter 'জন' and its case endings, the object
classifier 'টি' on bodies, 'শতাধিক' (a hundred and more) after a multiplier, 'দেড়'/'আড়াই'/'সাড়ে' before a scale
word, toll verbs নিহত/আহত/মৃত/প্রাণ হারান, qualifiers before and after the number, and 'আরও' (more) that adds a
group of another kind in a sentence that has already given one."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Qualifier

EXACT, AT_LEAST, MORE_THAN, ABOUT = Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.ABOUT


def _headline(text: str, language: str, metric: str) -> Claim | None:
    claims = list(extract(ArticleInput(text=text, language=language)).claims)
    return pick_headline(main_incident_claims(claims), metric)


@pytest.mark.parametrize(
    ("text", "metric", "value", "qualifier"),
    [
        # digits with the counter, spaced or written on, and its case endings
        ("রাজশাহীতে একটি গুদামে আগুনে অন্তত ৪৫ জন নিহত হয়েছেন।", "killed", 45, AT_LEAST),
        ("রাজশাহীতে একটি গুদামে আগুনে অন্তত ৪৫জন নিহত হয়েছেন।", "killed", 45, AT_LEAST),
        ("কারখানায় বয়লার বিস্ফোরণে ১২ জনের মৃত্যু হয়েছে।", "killed", 12, EXACT),
        ("বিস্ফোরণে অন্তত পাঁচজনের মৃত্যু হয়েছে।", "killed", 5, AT_LEAST),
        ("বাস দুর্ঘটনায় তিনজন নিহত হয়েছেন।", "killed", 3, EXACT),
        ("ভূমিকম্পে 70 জন নিহত হয়েছেন।", "killed", 70, EXACT),
        # a number and a half before a scale word
        ("ভূমিকম্পে দেড় হাজার মানুষের মৃত্যু হয়েছে।", "killed", 1500, EXACT),
        ("ভূমিকম্পে আড়াই হাজার মানুষ আহত হয়েছেন।", "wounded", 2500, EXACT),
        ("ভূমিকম্পে সাড়ে তিন হাজার মানুষের মৃত্যু হয়েছে।", "killed", 3500, EXACT),
        ("ভূমিকম্পে সাড়ে ৩ হাজার মানুষের মৃত্যু হয়েছে।", "killed", 3500, EXACT),
        ("বন্যায় দেড়শ মানুষ মারা গেছেন।", "killed", 150, EXACT),
        # hundreds written onto the number word
        ("বন্যায় পাঁচশ মানুষ মারা গেছেন।", "killed", 500, EXACT),
        ("ধসে এগারোশ শ্রমিক নিহত হন।", "killed", 1100, EXACT),
        ("ধসে তিনশো জন আহত হন।", "wounded", 300, EXACT),
        ("ধসে দুশো জন আহত হন।", "wounded", 200, EXACT),
        ("১০ শিশু নিহত হয়েছে।", "killed", 10, EXACT),
        # 'a hundred and more', alone and multiplied
        ("সংঘর্ষে শতাধিক মানুষ আহত হয়েছেন।", "wounded", 100, MORE_THAN),
        ("সংঘর্ষে দুই শতাধিক মানুষ আহত হয়েছেন।", "wounded", 200, MORE_THAN),
        ("সংঘর্ষে ৩ শতাধিক মানুষ আহত হয়েছেন।", "wounded", 300, MORE_THAN),
        ("সংঘর্ষে দেড় শতাধিক মানুষ আহত হয়েছেন।", "wounded", 150, MORE_THAN),
        # qualifiers after the number
        ("হামলায় ৩০ জনেরও বেশি মানুষ নিহত হয়েছেন।", "killed", 30, MORE_THAN),
        ("হামলায় ১৫০-এর বেশি মানুষ নিহত হয়েছেন।", "killed", 150, MORE_THAN),
        ("সংঘর্ষে ৮০ জনের মতো আহত হয়েছেন।", "wounded", 80, ABOUT),
        ("আহতের সংখ্যা ১৪০ ছাড়িয়েছে।", "wounded", 140, MORE_THAN),
        # bodies counted with the object classifier
        ("উদ্ধারকর্মীরা ২৭টি মৃতদেহ উদ্ধার করেছেন।", "killed", 27, EXACT),
        ("ধসে পড়া ভবন থেকে ১১টি লাশ উদ্ধার করা হয়েছে।", "killed", 11, EXACT),
        # the toll's update, and the verb before its number
        ("লঞ্চডুবিতে মৃতের সংখ্যা বেড়ে ৩৮ জনে দাঁড়িয়েছে।", "killed", 38, EXACT),
        ("গতকাল রাতে আরও ৩ জনের মৃত্যু হওয়ায় মোট মৃতের সংখ্যা দাঁড়াল ৫৩।", "killed", 53, EXACT),
        ("বন্যায় মৃত্যু হয়েছে অন্তত ৬২ জনের।", "killed", 62, AT_LEAST),
        ("ঘটনায় নিহত হয়েছেন ২২ জন, আহত হয়েছেন অন্তত ৭০ জন।", "wounded", 70, AT_LEAST),
        ("ট্রেন দুর্ঘটনায় অন্তত ২৮৮ জনের প্রাণ গেছে, আহত ৯০০ জনের বেশি।", "wounded", 900, MORE_THAN),
        ("অগ্নিকাণ্ডে ৫৬ জন দগ্ধ হয়েছেন।", "wounded", 56, EXACT),
        # more toll verbs: lives taken, killed (murdered), martyred
        ("১৭ জনের প্রাণ কেড়ে নিল আগুন", "killed", 17, EXACT),
        ("বন্দুকধারীরা ১২ জনকে হত্যা করেছে।", "killed", 12, EXACT),
        ("হামলায় ৯ জন প্রাণ হারান।", "killed", 9, EXACT),
        ("সংঘর্ষে ৩১ জন আঘাতপ্রাপ্ত হয়েছেন।", "wounded", 31, EXACT),
        ("লাশের সংখ্যা ৭০ ছাড়িয়েছে", "killed", 70, MORE_THAN),
        ("ভবন ধসে নিহতের সংখ্যা বেড়ে হয়েছে এক হাজার ১২৭।", "killed", 1127, EXACT),
        # 'আরও' after a figure of another kind: another group, not more of the same
        ("আগুনে ৭০ জন নিহত হয়েছেন, আহত হয়েছেন আরও ৫০ জন।", "wounded", 50, EXACT),
        ("সংঘর্ষে ৩ জন নিহত ও আরও ২৫ জন আহত হয়েছেন।", "wounded", 25, EXACT),
        # ... and in the sentence after one that gave only the dead
        ("লঞ্চডুবিতে নিহত হয়েছেন ৯ জন। আহত হয়েছেন আরও ৩৫ জন।", "wounded", 35, EXACT),
        # a scale word with a case ending after a number word
        ("ভূমিকম্পে প্রাণ হারিয়েছেন দুই হাজারেরও বেশি মানুষ।", "killed", 2000, MORE_THAN),
        ("ঝড়ে আহত হয়েছেন তিন হাজারের বেশি মানুষ।", "wounded", 3000, MORE_THAN),
        ("বন্যায় মৃতের সংখ্যা বেড়ে চার হাজারে দাঁড়িয়েছে।", "killed", 4000, EXACT),
        # lives 'fell', bodies burnt to charcoal
        ("কারখানার আগুনে অন্তত ২৩টি প্রাণ ঝরেছে।", "killed", 23, AT_LEAST),
        ("গুদামের আগুনে প্রাণ ঝরল ১৯ জনের।", "killed", 19, EXACT),
        ("বাসে আগুন লেগে পুড়ে অঙ্গার হয়েছেন অন্তত ৮ জন যাত্রী।", "killed", 8, AT_LEAST),
        # 'fifty and over', 'over a hundred'
        ("সংঘর্ষে পঞ্চাশোর্ধ্ব মানুষ আহত হয়েছেন।", "wounded", 50, MORE_THAN),
        ("বিস্ফোরণে শতোর্ধ্ব মানুষ আহত হয়েছেন।", "wounded", 100, MORE_THAN),
        # the toll's update with the count in its case (-এ, -তে) and the toll after the dead of one place
        ("নিহতের সংখ্যা বেড়ে দাঁড়াল ৬১-তে।", "killed", 61, EXACT),
        ("সেখানে দুজনের মৃত্যু হয়েছে, ফলে মোট মৃতের সংখ্যা দাঁড়াল ৪৪।", "killed", 44, EXACT),
    ],
)
def test_bengali_tolls(text: str, metric: str, value: int, qualifier: Qualifier) -> None:
    headline = _headline(text, "bn", metric)
    assert headline is not None and (headline.value, headline.qualifier) == (value, qualifier)


def test_more_of_the_same_kind_is_still_an_increment() -> None:
    # "three more died in hospital": not the toll
    assert _headline("হাসপাতালে চিকিৎসাধীন অবস্থায় আরও দুজনের মৃত্যু হয়েছে।", "bn", "killed") is None


def test_more_of_the_same_kind_after_another_sentence_is_still_an_increment() -> None:
    text = "ঘটনাস্থলে নিহত হয়েছেন ৮ জন। পরে হাসপাতালে আরও ২ জন মারা যান।"
    headline = _headline(text, "bn", "killed")
    assert headline is not None and headline.value == 8


@pytest.mark.parametrize(
    "text",
    [
        # hundreds, thousands, dozens: no precise figure ("শত শত" is not 100 x 100)
        "সংঘর্ষে শত শত মানুষ আহত হয়েছেন।",
        "সংঘর্ষে শতশত মানুষ আহত হয়েছেন।",
        "ভূমিকম্পে হাজার হাজার মানুষ আহত হয়েছেন।",
        "বিস্ফোরণে দুই ডজন মানুষ আহত হয়েছেন।",
        "বিস্ফোরণে কয়েক ডজন মানুষ আহত হয়েছেন।",
    ],
)
def test_reduplicated_scales_and_dozens_are_no_precise_figure(text: str) -> None:
    assert _headline(text, "bn", "wounded") is None


def test_a_round_half_hundred_is_no_precise_figure() -> None:
    # "অর্ধশত" (half a hundred), like "dozens": no number
    assert _headline("অগ্নিকাণ্ডে অর্ধশত মানুষ আহত হয়েছেন।", "bn", "wounded") is None


def test_the_year_word_is_no_town() -> None:
    # "সালের" (of the year) is not Salem with a case ending
    claims = extract(ArticleInput(text="২০১৯ সালের অগ্নিকাণ্ডে ৭১ জন নিহত হয়েছিলেন।", language="bn")).claims
    assert claims and all(c.location is None for c in claims)


@pytest.mark.parametrize(
    ("language", "text", "metric", "value"),
    [
        ("hi", "भूकंप में डेढ़ हजार लोगों की मौत हो गई।", "killed", 1500),
        ("hi", "बाढ़ में ढाई सौ लोग घायल हुए।", "wounded", 250),
        ("hi", "भूकंप में साढ़े तीन हजार लोग मारे गए।", "killed", 3500),
        ("hi", "हादसे में सवा सौ लोग घायल हुए।", "wounded", 125),
        ("hi", "हादसे में तीन हजार लोग घायल हुए।", "wounded", 3000),
        ("ne", "भूकम्पमा डेढ हजार जनाको मृत्यु भएको छ।", "killed", 1500),
        ("ne", "बाढीमा साढे तीन सय जना घाइते भए।", "wounded", 350),
        ("ur", "زلزلے میں ڈیڑھ ہزار افراد ہلاک ہوگئے۔", "killed", 1500),
        ("ur", "دھماکے میں ساڑھے تین سو افراد زخمی ہوئے۔", "wounded", 350),
        # Urdu: deaths as a noun, dying as 'death's morsel', number words of the twenties
        ("ur", "سیلاب سے اموات کی تعداد 1396 ہو گئی۔", "killed", 1396),
        ("ur", "فیکٹری میں آگ لگنے سے 12 مزدور لقمہ اجل بن گئے۔", "killed", 12),
        ("ur", "بس حادثے میں بائیس افراد جاں بحق ہوگئے۔", "killed", 22),
    ],
)
def test_a_number_and_a_half_in_hindi_nepali_and_urdu(language: str, text: str, metric: str, value: int) -> None:
    headline = _headline(text, language, metric)
    assert headline is not None and headline.value == value


def test_those_who_received_treatment_are_the_injured() -> None:
    # a sentence of our own: 300 people received treatment in hospital
    main = main_incident_claims(list(extract(ArticleInput(text="হাসপাতালে চিকিৎসা নিয়েছেন ৩০০ জন।", language="bn")).claims))
    head = pick_headline(main, "wounded")
    assert head is not None and head.value == 300
