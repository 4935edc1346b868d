"""Portuguese lexicon (shared shape, see `es.py` for the names): data only."""

from __future__ import annotations

LANGUAGE = "pt"
MATCH = "word"
TEXT2NUM = True
DIGIT_GROUPS = ". "
DECIMAL = ","
SCALES = {"mil": 1000, "milhão": 1_000_000, "milhões": 1_000_000, "milhao": 1_000_000, "milhoes": 1_000_000}
SCALE_JOINERS = ("e",)  # the 'and' between a scaled thousand and the digits below it
NUMBER_WORDS = (  # spans only: text2num gives the values
    "um uma dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quatorze quinze "
    "dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte trinta quarenta cinquenta "
    "sessenta setenta oitenta noventa cem cento duzentos duzentas trezentos trezentas quatrocentos "
    "quinhentos quatrocentas quinhentas seiscentos seiscentas setecentos setecentas oitocentos oitocentas "
    "novecentos novecentas"
)
NUMBER_JOINERS = ("e",)
MULTIPLIERS: tuple[str, ...] = ()
APPROXIMATE = {  # round amounts: about the figure ('duas dezenas de feridos' = about 20)
    "uma dezena": 10,
    "uma vintena": 20,
    "uma centena": 100,
    "um milhar": 1000,
    "meio milhar": 500,  # half a thousand
    "meia centena": 50,  # half a hundred
    "uma dúzia": 12,
    "duas dúzias": 24,  # "mais de duas dúzias de feridos", not "duas" (2)
    "três dúzias": 36,
    "duas dezenas": 20,
    "três dezenas": 30,
    "quatro dezenas": 40,
    "cinco dezenas": 50,
    "seis dezenas": 60,
    "sete dezenas": 70,
    "oito dezenas": 80,
    "nove dezenas": 90,
    "duas centenas": 200,
    "três centenas": 300,
    "quatro centenas": 400,
    "cinco centenas": 500,
}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "dezenas": (12, 12, 99),
    "centenas": (100, 100, 999),
    "milhares": (1000, 1000, 9999),
    "dezenas de milhares": (10_000, 10_000, 99_999),
    "centenas de milhares": (100_000, 100_000, 999_999),
    "várias centenas": (100, 100, 999),
    "vários milhares": (1000, 1000, 9999),
}
TRIGGERS = {
    "killed": (
        # took the lives of ('... took the lives of 57'): the dead
        "ceifou a vida de", "ceifou a vida a", "ceifou as vidas de", "ceifado a vida de", "levou a vida de",
        "levou as vidas de",
        "custou a vida a",
        "custou a vida de",
        "custaram a vida a",  # "as explosões que custaram a vida a 14 pessoas"
        "custaram a vida de",
        "custa a vida a",
        "tirou a vida de",
        "morto*",
        "morta*",
        "morreram",
        "morreu",
        "morrido",
        "morrem",
        "morre",
        "faleceu",
        "falece",
        "mortes",
        "óbitos",
        "obitos",
        "vítimas fatais",
        "vítimas mortais",
        "mortos",
        "perderam a vida",
        # to perish, the written word of a look-back: "29 pessoas pereceram no naufrágio"
        "pereceram", "pereceu", "perecem", "perece", "perecido",
        "perdeu a vida",
        "matou",
        "mataram",
        "matado",  # the past perfect of a follow-up: "o incêndio de 2004 tinha matado 57 jovens"
        "matando",
        "matar",  # "acusado de matar sete pessoas" (not after ATTEMPTED: "tentou matar duas")
        "assassinar",
        "mata",  # a headline's present: "Acidente mata 3 em Minas"
        "matam",
        "falecid*",
        "faleceram",
        "corpos",
        "cadáveres",
        "vidas",
        "morte",
        "afogad*",
    ),
    "wounded": ("ferid*", "feridos", "feridas", "hospitalizad*", "ferimento*", "feriu", "feriram", "ferindo", "ferir",
                # hit by stray bullets: bystanders, the hurt ("dois passageiros foram atingidos por balas perdidas")
                "atingidos por balas perdidas", "atingidas por balas perdidas", "atingido por uma bala perdida",
                "atingida por uma bala perdida", "atingidos por bala perdida", "atingidas por bala perdida",
                # hurt, in Brazil's everyday word ("Catorze pessoas ficaram machucadas"), or injured
                "machucad*", "lesionad*",
                # taken to hospital, given as the injured ("Nove pessoas foram levadas ao hospital")
                "levadas ao hospital", "levados ao hospital", "levadas para o hospital", "levados para o hospital",
                "levadas para hospitais", "levados para hospitais", "encaminhadas ao hospital",
                "encaminhados ao hospital", "socorridas ao hospital", "socorridos ao hospital",
                "transportadas ao hospital", "transportados ao hospital"),
    "missing": ("desaparecid*",),
    "displaced": ("desalojad*", "desabrigad*", "deslocad*", "evacuad*",
        # "4 mil pessoas tiveram de deixar suas casas": those who had to leave their homes
        "deixar suas casas", "deixar as suas casas", "deixar as casas", "deixaram suas casas", "abandonar suas casas",
    ),
    "arrested": ("pres*", "detid*"),
}
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "mortos e feridos",
    "mortos ou feridos",
    "mortos e de feridos",
    "mortas ou feridas",
    "mortos ou desaparecidos",
    "mortos e desaparecidos",
    "mortas ou desaparecidas",
    "mortas e desaparecidas",
    "mortas e feridas",
)
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {
    "critical": ("estado crítico", "em estado crítico", "muito graves", "muito grave"),
    "severe": ("grave", "graves", "gravemente", "em estado grave"),
    "moderate": ("moderado", "moderados", "moderada", "moderadas"),
    "light": ("leve", "leves", "levemente", "ligeiro", "ligeiros", "ligeira", "ligeiras", "ligeiramente"),
}
COORDINATORS = ("e", "enquanto")
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (("entre", "e", ""),)
QUALIFIERS_BEFORE = {
    "pelo menos": "at_least",
    "ao menos": "at_least",
    "no mínimo": "at_least",
    "mais de": "more_than",
    "até": "up_to",
    "quase": "nearly",
    "cerca de": "about",
    "perto de": "nearly",
    "aproximadamente": "about",
    "em torno de": "about",
    "cerca dos": "about",
    # past a mark ("O número de mortos ultrapassou a marca de mil")
    "ultrapassou a marca de": "more_than",
    "ultrapassa a marca de": "more_than",
    "superou a marca de": "more_than",
    "ultrapassou a barreira de": "more_than",
    "superou a barreira de": "more_than",
    "ultrapassa os": "more_than",
    "ultrapassou os": "more_than",
    "ultrapassam os": "more_than",
    "ultrapassa as": "more_than",
    "ultrapassou as": "more_than",
    "ultrapassa": "more_than",
    "ultrapassou": "more_than",
    "supera os": "more_than",
    "superou os": "more_than",
    "passa dos": "more_than",
    "passou dos": "more_than",
    "passa das": "more_than",
    "passou das": "more_than",
    # a plural subject past its figure ("os feridos passam de 3 mil", "superam os 200")
    "passam de": "more_than",
    "passaram de": "more_than",
    "passam dos": "more_than",
    "passaram dos": "more_than",
    "superam os": "more_than",
    "superaram os": "more_than",
    "superam": "more_than",
    "superaram": "more_than",
    "ultrapassaram": "more_than",
}
QUALIFIERS_AFTER: dict[str, str] = {}
QUALIFIERS_AFTER_NOUN = {"pelo menos": "at_least", "no mínimo": "at_least"}  # "5 mortos pelo menos"
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    # the figure set right after an earlier one of the same text ("o número correto era 41"): the count, revised down
    "o número correto", "a cifra correta", "o número real", "o balanço correto", "o número exato",
    "reviram", "revisaram", "revisou", "corrigiram", "corrigiu",  # a revision to a smaller figure is one down
    "revisto em baixa",
    "revisto para baixo",
    "em baixa",
    "corrigido para baixo",
    "reduzido para",
    "baixou para",
    "caiu para",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "inicialmente",
    "anteriormente",
    "o balanço anterior",
    "balanço anterior",
    "num primeiro momento",
    "um primeiro balanço",
)
# A word right before the number that adds to the toll ('five more'): an increment, not the toll
INCREMENT_BEFORE = (
    "mais",
    "outras",
    "outros",
)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "terroristas",
    "atacantes",
    "agressores",
    "jihadistas",
    "atiradores",
    "homens-bomba",
    # armed, hired or masked men and hostage-takers: attackers too, the subject of the harm they did
    "homens armados", "criminosos armados", "pistoleiros", "sequestradores",
)
AGENT_NOUNS = (  # "dois homens mataram quatro pessoas": the doers when the verb's own count follows it
    "homens", "mulheres", "indivíduos", "sujeitos", "jovens", "adolescentes", "menores", "desconhecidos",
    "bandidos", "criminosos", "policiais", "polícias", "agentes", "soldados", "militares", "irmãos", "estudantes",
)
SUBSET_BEFORE = (
    "entre eles",
    "entre elas",
    "incluindo",
    "dos quais",
    "das quais",
    "entre os feridos",
    "entre os mortos",
)
SUBSET_AFTER = ("deles", "delas", "dos quais", "das quais")
# a relative of place: the count before it is of the places ('tres bares en los que murieron ocho')
PLACE_RELATIVES = ("em que", "no qual", "na qual", "nos quais", "nas quais", "onde")
# prepositions: the word for one after them is an article ('an einer Schule', 'dans une école'), no count
# 'with': its object may be the people counted ("con un policía y dos civiles heridos"), not a thing
WITH_WORDS = ("com",)
ARTICLE_AFTER = ("em", "contra", "sobre", "com", "para", "após", "durante", "perto de", "junto a")
# 'among' right before the victims' word: those among them are a part of them
AMONG = ("entre os", "entre as")
ONE_PERSON_NOUNS = (  # after the word for one: a person ('um policial', 'uma criança'); no thing's article
    "pessoa", "homem", "mulher", "criança", "menin*", "garot*", "jovem", "menor", "bebê", "bebé", "adolescente",
    "idos*", "senhor*", "vizinh*", "moradora", "morador", "residente", "cidadã*", "cidadão", "habitante", "civil",
    "polic*", "agente", "guarda*", "militar", "soldado", "oficial", "sargento", "cabo", "capitão", "tenente",
    "bombeir*", "médic*", "enfermeir*", "socorrista", "motorista", "condutor*", "passageir*", "pedestre", "peão",
    "transeunte", "motociclista", "ciclista", "turista", "trabalhador*", "operári*", "funcionári*", "estudante",
    "alun*", "professor*", "jornalista", "repórter", "fotógraf*", "manifestante", "miliciano", "combatente",
    "rebelde", "suspeit*", "agressor*", "atirador*", "filh*", "pai", "mãe", "irmã*", "irmão", "espos*", "marido",
    "familiar", "amig*", "vigilante", "segurança", "detent*", "pres*", "detid*", "migrante", "refugiad*",
    "pescador*", "mineiro", "agricultor*", "comerciante", "cliente", "vítima", "ferid*", "mort*", "ocupante",
    "tripulante", "piloto", "jogador*", "torcedor*", "prefeit*", "rapaz", "moça", "moço", "indivíduo", "homens",
)  # fmt: skip
# Survivors and the rescued right after a number: counted, never as the hurt (world_roles._survivors_counted)
SURVIVOR_NOUNS = ("sobrevivente", "sobreviventes", "resgatados", "resgatadas")
# A singular death verb's subject that is a herd or the rest of a group, no one person dead ("part of the livestock
# perished", "the rest of the occupants died": world_triggers._not_one_subject)
NOT_ONE_SUBJECTS = ("gado", "rebanho", "animais", "vacas", "ovelhas", "cavalos", "resto", "demais")
# Animals right after a number (through ANIMAL_LINKS: a measure, "of"): a herd's count, no victims
ANIMAL_NOUNS = (
    "vaca*", "bois", "boi", "bezerro*", "ovelha*", "cordeiro*", "cabra*", "porco*", "cavalo*", "animais", "gado",
    "galinha*", "frango*", "aves",
)  # fmt: skip
ANIMAL_LINKS = ("de", "cabeças de")
# Stems of harm in the survivors' own clause, which make them the hurt ("les 29 survivants ont été blessés")
SURVIVORS_HURT_STEMS = ("ferid",)
# A verb of surviving between a count and its word of harm: survivors, never the hurt (world_roles._survived_hurt)
SURVIVED_VERBS = ("sobreviveu", "sobreviveram")
NOT_COUNTS_AFTER = (
    "º", "ª", "°",  # "no 3º andar": an ordinal, no count
    # "às 5 da manhã", "no 3º andar", "em 2 turnos": a clock time, a floor, a shift, no count of people
    "turnos", "turno", "andares", "da manhã", "da tarde", "da noite", "da madrugada",
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    # and the one hospital ("levados para um hospital": the article, no one hurt)
    "hospital", "unidade hospitalar", "unidade de saúde", "posto de saúde", "pronto-socorro", "clínica",
    "hospitais", "unidades hospitalares", "unidades de saúde", "diferentes hospitais",
    "vezes", "vez",  # "counted twice", "dos veces": how often, not how many
    "anos",
    "ano",
    "meses", "mês", "mes", "semanas", "semana",  # "uma menina de 18 meses morreu": an age, no count
    "casos",  # "1.200 casos e 45 mortes": the sick, never summed with the dead
    "%",
    "por cento",
    "quilômetros",
    "quilómetros",
    "km",
    "metros",
    "graus",
    "horas",
    "minutos",
    "dias",
    "segundos",
    "euros",
    "dólares",
    "reais",
    "edifícios",
    "casas",
    "hectares",
    "toneladas",
    "províncias",
    "municípios",
    "cidades",
    "estados",
    "regiões",
    # the dead and the wounded together: neither metric's count
    "vítimas entre mortos e feridos",
    "vítimas, entre mortos e feridos",
    "pessoas entre mortos e feridos",
    "entre mortos e feridos",
    "mortos e feridos",
    "por dia", "diários", "diárias",  # "cerca de 600 mortes por dia": a rate, no toll
    "número", "quantidade",  # "um número ainda indeterminado de feridos": the article, no one
)
COUNT_NOUNS = ("número de", "numero de", "balanço", "total de")
PROJECTION_BEFORE = ("poderia", "poderiam", "pode chegar", "podem chegar", "teme-se", "temem", "temem-se")
FROM_TO = (("de", "para"),)  # "from N to M": N is superseded
UPDATE_BEFORE = (
    # the figure set right after an earlier one of the same text ("o número correto era 41"): the count, revised down
    "o número correto era de", "o número correto é de", "o número correto era", "o número correto é",
    "o número correto seria de", "a cifra correta era de", "a cifra correta é de", "a cifra correta era",
    "a cifra correta é", "a cifra correta seria de", "o número real era de", "o número real é de", "o número real era",
    "o número real é", "o número real seria de", "o balanço correto era de", "o balanço correto é de",
    "o balanço correto era", "o balanço correto é", "o balanço correto seria de", "o número exato era de",
    "o número exato é de", "o número exato era", "o número exato é", "o número exato seria de",
    # the toll revised down in the passive, after an earlier figure of its own ("O balanço inicial de 40 mortos foi
    # reduzido para 31")
    "reduzido para", "reduzida para", "revisto para", "revista para", "corrigido para", "corrigida para",
    "subiu para",
    "sobe para",
    "subiu a",
    "aumentou para",
    "aumenta para",
    "chegou a",
    "chega a",
    "atingiu",
    "ascende a",
    "elevou-se a",
    "elevou-se para",
    "subiu para pelo menos",
    "passou para",
    "passa para",
    "elevou para",
    "elevando para",
    "eleva para",
    "o que eleva para",
    "elevando o número de mortos para",
    # the verb's "to" written "até" ("subiu até 18"): no "up to" of the figure
    "subiu até",
    "sobe até",
    "aumentou até",
    "atualizou para",
    "atualiza para",
)  # toll verbs: the number after them is the toll's latest update
TOLL_NOUNS = ("balanço",)  # a toll noun alone counts the dead ("con un saldo de 96")
# A toll over many incidents (a war's, a year's): a count noun or toll verb with these before the number
MANY_INCIDENTS = (
    "desde o início",
    "desde o começo",
    "desde que",
    "este ano",
    "em todo o país",
    "guerra",
    "conflito",
    "ofensiva",
    "bombardeios",
    "hostilidades",
    "campanha",
)
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "desde o início da guerra",
    "desde o começo da guerra",
    "desde o início do conflito",
    "desde o início da invasão",
    "desde o início da ofensiva",
    "desde o início da temporada",
    "desde o início do ano",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "mais mortífero",
    "mais mortífera",
    "mais mortal",
    "mais letal",
    "mais sangrento",
    "mais sangrenta",
    "pior",
)
PARTITIVE = ("dos", "das")  # right after the number: a part of a group ("12 of the wounded")
STAGE_AFTER = (
    "identificado*",
    "identificada*",
    "foram identificado*",
    "foram identificada*",
)  # right after the trigger: a stage of the count ("identified")
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("segundo", "de acordo com", "conforme", "citando",
    "conforme informou",
    "conforme informaram",
    "a informação é",
    "a informação foi divulgada pela",
    "a informação foi divulgada pelo",
    "os dados são",
)
SPEECH_VERBS = (
    "disse",
    "disseram",
    "afirmou",
    "afirmaram",
    "informou",
    "informaram",
    "declarou",
    "anunciou",
    "anunciaram",
    "confirmou",
    "confirmaram",
    "explicou",
    "relatou",
    "divulgou",
    "disse em um comunicado",
    "informa",
    "divulgaram",
    "relataram",
    "atualizou",
    "apontou",
    "diz",
    "dizem",
    "afirma",
    "confirma",
    "confirmam",
    "informam",
    "registrou",
    "contabilizou",
    "comunicou",
    "noticiou",
    "reportou",
    "acrescentou",
    "explicaram",
    "aponta",
    "apontam",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ministério": "ministry",
    "ministro": "minister",
    "ministra": "minister",
    "governo": "government",
    "autoridades": "authorities",
    "polícia": "police",
    "bombeiros": "firefighters",
    "defesa civil": "civil defence",
    "proteção civil": "civil protection",
    "governador": "governor",
    "prefeito": "mayor",
    "prefeita": "mayor",
    "procurador": "prosecutor",
    "promotoria": "prosecutor",
    "porta-voz": "spokesperson",
    "presidente": "president",
    "agência": "agency",
    "mídia estatal": "state media",
    "socorristas": "rescuers",
    "cruz vermelha": "red cross",
    "hospital": "hospital",
    "exército": "army",
    "funcionários": "officials",
    "prefeitura": "city hall",
    "corpo de bombeiros": "firefighters",
    "médicos": "doctors",
    "secretaria": "department",
    "secretário": "secretary",
    "equipes de resgate": "rescuers",
    "resgate": "rescuers",
    "imprensa estatal": "state media",
    "televisão estatal": "state television",
    "imprensa": "media",
    "mídia": "media",
    "fontes": "sources",
    "fonte": "sources",  # "uma fonte policial"
    "militares": "military",
    "oficiais": "officials",
    "câmara municipal": "city council",
    "autarquia": "municipality",
    "inem": "inem",
}
# Sources who are not the authorities counting the harm (organisers, residents, witnesses, ...), each with its
# English kind: told beside an official source's other figure, theirs is an alternative, not the headline
# (`core.competing_claimants`); read as source nouns too (`core.extract.world_attribution`).
UNOFFICIAL_SOURCES = {
    "organizadores": "organisers",
    "moradores": "residents",
    "residentes": "residents",
    "testemunhas": "witnesses",
    "ativistas": "activists",
    "manifestantes": "protesters",
    "familiares": "relatives",
    "parentes": "relatives",
    "oposição": "opposition",
    "sindicato": "union",
    "sobreviventes": "survivors",
}
# Words opening a clause set against the one before it: a source the clause names is its figures' own,
# not the sentence's first source (`core.extract.multilingual`): "enquanto os moradores falam em 20 feridos"
CONTRAST_CLAUSES = ("enquanto",)  # fmt: skip
SOURCE_LEADING = ("o", "a", "os", "as", "um", "uma", "do", "da")
SOURCE_TRAILING = ("nesta", "neste", "na", "no", "em", "nesse", "nessa")  # "nesta quinta-feira" is no source's
# A sentence opening that points back at what was told before it: its source gave those figures
SAID_OF_BEFORE = ("a informação é", "a informação foi", "os dados são", "foi o que")
PAST_PERFECT = ("tinha", "tinham", "havia", "haviam")
LAST_YEAR = ("no ano passado", "ano passado", "há um ano")  # dates a past-perfect sentence earlier
# a toll over several incidents: '40 murieron en tres estampidas' is no incident's own figure
SEVERAL_COUNTS = ("dois", "duas", "três", "quatro", "cinco", "seis", "vários", "várias")
SEVERAL_INCIDENTS = (
    "tumultos",
    "explosões",
    "ataques",
    "atentados",
    "incêndios",
    "acidentes",
    "deslizamentos",
    "naufrágios",
    "tiroteios",
)

# Places (core.extract.world_places): words after which a capitalised name is where something happened; words
# that are no place on their own (folded).
LOCATIVES = ("em", "no", "na", "nos", "nas", "perto de", "perto do", "perto da", "município de")
NOT_PLACES = ("centro",)  # "Centro de ...": an institution, like "center" in English
# A capitalised word right after a definite article is a noun ('la Santé', 'der Polizei'), not a town.
ARTICLES = ("o", "os", "as")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("BR", "PT")
# Dates (core.extract.world_dates): a date right after these words is the day a count stood at ('hasta ayer'),
# not the incident's.
AS_OF = ("até",)
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# "last night"
DAYS_BACK = {"ontem à noite": 1, "na noite de ontem": 1}
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("todo o país",)
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("a capital",)
# A relative pronoun after a comma goes on with the counted people (core.extract.multilingual): "117 residents,
# who were wounded"
RELATIVES = ("que",)
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = (
    "na sua maioria", "na maioria", "em sua maioria", "a maioria", "maioritariamente", "majoritariamente",
    "principalmente", "sobretudo", "em grande parte",
)
# A word between a trigger noun and its number that keeps them one phrase (core.extract.multilingual): "la muerte de
# 3 personas y heridas a otras 11" gives 3 to the deaths, not to the wounded further on
LABEL_LINKS = ("de",)
# Places (core.extract.world_places): division words before a name make it a province's ("estado do Pará");
# lower-case words inside a place's name ("Pedrógão Grande", "Santa Maria da Feira"); words before a country's
# name that make it the people's origin, not the place
PROVINCE_WORDS_BEFORE = (
    "estado de", "estado do", "estado da", "distrito de", "distrito do", "distrito da", "província de", "província do",
    "província da", "região de", "região do", "região da", "províncias de",
)  # fmt: skip
# a US county named in the language: the county, not a town of its name (core.extract.world_places)
COUNTY_WORDS_BEFORE = ("condado de", "condado do")
PLACE_NAME_LINKS = ("de", "do", "da", "dos", "das")
ORIGIN_BEFORE = (
    "cidadãos de", "cidadãos do", "cidadãos da", "cidadão de", "naturais de", "natural de", "oriundos de", "oriundo de",
    # a country's embassy, consulate or foreign ministry speaks for its nationals abroad
    "embaixada de", "embaixada do", "embaixada da", "consulado de", "consulado do", "consulado da",
)  # fmt: skip
GOVERNMENT_VERBS = ("acusou", "condenou", "denunciou")
# A name right after these (no preposition between) is a building's or a street's, not a town's: 'o edifício Andrea'
# (core.extract.world_places)
# A river's, a lake's or a mountain's word: the name after it is no town's (core.extract.world_places)
FEATURE_WORDS = ("rio", "ribeirão", "arroio", "lago", "lagoa", "vulcão", "monte")
BUILDING_WORDS = (
    "edifício", "prédio", "torre", "hotel", "ponte", "rua", "avenida", "praça", "estádio", "hospital", "shopping",
    "centro comercial", "boate", "escola", "condomínio", "mercado",
    # a company's name is no place either ('um ônibus da empresa São Luiz')
    "empresa", "companhia", "viação",
)  # fmt: skip
# Where a ship, a flight or people were going or came from: a town right after (ROUTE_BEFORE) or before (ROUTE_AFTER)
# these is a route's end, not where it happened (core.extract.world_places)
ROUTE_BEFORE = (
    "com destino a",
    "com destino à",
    "com destino ao",
    "rumo a",
    "rumo à",
    "rumo ao",
    "a caminho de",
    "a caminho do",
    "a caminho da",
    "em direção a",
    "em direção à",
    "que seguia para",
    "seguia para",
    "proveniente de",
    "procedente de",
)
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
# A mass poisoning by drink or food (stems, read anywhere in the text): those treated in hospital are the sick, not
# the wounded, unless a word of injury (HURT_STEMS) is told with their count (core.extract.poisonings)
POISONED_BY = (
    "bebida adulterada", "bebidas adulteradas", "cachaça adulterada", "álcool adulterado", "metanol",
    "intoxicação alimentar", "alimentos contaminados", "comida contaminada",
    # a poisoned drink or water, a mass poisoning, an outbreak of a disease of dirty water: the sick, not the hurt
    "cerveja envenenada", "cerveja adulterada", "bebida envenenada", "envenenamento", "água contaminada",
    "febre tifoide",
    # cholera only in its phrases: "a cólera" is cholera and anger alike ("a cólera dos moradores")
    "surto de cólera", "epidemia de cólera", "casos de cólera", "mortes por cólera", "óbitos por cólera",
    "vítimas da cólera", "vítimas de cólera", "doentes de cólera", "contra a cólera", "infectados com cólera",
    "surto da cólera", "epidemia da cólera",
)  # fmt: skip
HURT_STEMS = ("ferid", "lesionad", "queimad", "machucad")
STILL_IN_CARE = ("continuam", "continua", "permanecem", "permanece", "ainda", "seguem", "atualmente", "neste momento")
CARE_WORDS = (
    "hospita*",
    "internad*",
    "uti",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("terremoto*", "sismo*", "abalo sísmico", "tremor de terra", "tsunami*"),
    "water": (
        "inundaç*", "enchente*", "enxurrada*", "chuva*", "temporal", "temporais", "tempestade*", "furacão",
        "furacões", "tufão", "ciclone*", "tornado*", "deslizamento*", "barragem", "monção", "tufões",
        "rompimento de barragem", "rompimento da barragem", "dique", "diques", "alagament*", "alagad*", "cheias",
        "tromba d'água", "vendaval", "aluvião", "avalanche", "deslizamento de terra", "barragens",
    ),
    "fire": ("incêndio*", "fogo", "chamas", "explosão", "explosões", "queimadas", "incêndios florestais"),
    "air": ("avião", "aviões", "aeronave*", "helicóptero*", "voo"),
    "rail": ("trem", "trens", "comboio*", "ferroviári*", "descarrilament*", "descarrila*", "metrô"),
    "road": (
        "ônibus", "autocarro*", "camião", "camiões", "caminhão", "caminhões", "acidente rodoviário",
        "acidente de viação", "acidentes de viação", "colisão frontal", "capotament*", "capotou", "atropelament*",
        "rodovia*", "autoestrada*", "acidente de trânsito", "acidente na estrada", "carreta",
    ),
    "ship": (
        "naufrágio*", "barco*", "navio*", "embarcaç*", "balsa", "ferry", "naufraga", "afund*", "lancha*", "barcos",
    ),
    "attack": (
        "atentado*", "ataque*", "bombardeio*", "bomba", "bombas", "tiroteio*", "massacre*", "chacina*", "terroris*",
        "míssil", "mísseis", "explosão", "explosões", "emboscada*", "tiros", "baleado*", "atirador*", "rebelião",
        "motim", "esfaquea*", "assassinad*",
    ),
    "crowd": ("debandada*", "tumulto*", "rebelião", "motim", "pisotead*", "pisoteament*"),
    "collapse": (
        "desabament*", "colapso*", "desmoronament*", "desaba", "desabou", "desabam", "desabaram", "desmorona*",
        "ruiu",
    ),
    "mine": ("mineiro", "mineiros", "mina de", "mineradora*", "mineração"),
    "weather": (
        "onda de calor", "ondas de calor", "insolação", "onda de frio", "tempestade*", "atingido por raio",
        "atingidos por raio", "atingido por um raio", "atingidos por um raio", "queda de raio", "calor", "raios",
    ),
    "volcano": ("vulcão", "vulcões", "vulcânic*", "erupção", "erupções", "lava"),
}  # fmt: skip
# Places: a distance's units and the words between it and the town it is measured from ('a 80 km ao norte de
# Bogotá', 'a 80 quilômetros de Bogotá'): the place is near the town, in its region, not the town itself
DISTANCE_UNITS = ("km", "quilômetros", "quilómetros", "milhas")
BEARING_BEFORE = (
    "de",
    "do",
    "da",
    *(
        f"{to} {side} {of}"
        for to in ("ao", "a")
        for side in ("norte", "sul", "leste", "oeste", "este", "nordeste", "noroeste", "sudeste", "sudoeste")
        for of in ("de", "do", "da")
    ),
)

# Everyone aboard dead, told as no survivors: "um avião com 62 pessoas a bordo ... não houve sobreviventes" (62).
NO_SURVIVOR_PHRASES = (
    "não houve sobreviventes", "não há sobreviventes", "nenhum sobrevivente", "sem sobreviventes",
    "ninguém sobreviveu",
)  # fmt: skip
# Words that make a no-survivor phrase near them in its sentence an expectation or a fear, no one told dead yet
NO_SURVIVOR_HEDGES = (
    "esperado", "esperados", "se espera", "espera-se", "teme", "temem", "teme-se", "se teme", "previsto",
)  # fmt: skip
ABOARD_PHRASES = ("a bordo",)
# A second death told with the verb left out, after a one-person death: "Um morreu no local e outro no hospital".
AND_ANOTHER = ("e outro no", "e outro na", "e outro em", "e outra no", "e outra na", "e outra em", "e outro a caminho")
# 'Last' beside a weekday ('segunda-feira passada', 'na última segunda-feira'; core.extract.world_dates): on the weekday
# it names, the one a week before
LAST_WEEKDAY = ("passado", "passada", "último", "última")
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = (
    "em nota", "em comunicado", "em um comunicado", "em uma nota", "nas redes sociais", "em entrevista",
    "em coletiva", "pelo twitter", "por meio de", "através de",
)  # fmt: skip
# Titles written short with a full stop, which ends no sentence ("Dr. Pérez"; core.extract.multilingual)
ABBREVIATIONS = ("sr.", "sra.", "dr.", "dra.", "gen.", "cel.", "prof.")
# Verbs by which a source puts the toll at a figure ("eleva a 23 la cifra"): its verbs of saying (world_attribution)
REPORTING_VERBS = ("eleva", "elevam", "elevou", "atualiza", "atualizam", "contabiliza")
# "magnitud 6": a word right before a number that makes it no count of people
NOT_COUNTS_BEFORE = (  # "no km 312 da BR-116"
    "às", "até às", "plataforma", "magnitude", "km", "quilômetro", "quilómetro",
    # "matou uma colega de 16": after one person's noun, "de" and a number tell an age
    "colega de", "menina de", "menino de", "jovem de", "rapariga de", "rapaz de", "mulher de", "homem de",
    "estudante de", "aluna de", "aluno de", "adolescente de", "idosa de", "idoso de", "criança de",
    # a numbered place's noun before its number: "o portão 3 do estádio", "a linha 9" (a name, no count)
    "portão", "porta", "terminal", "cais", "pavilhão", "sala", "linha", "rodovia", "estrada", "número", "hangar",
    "galpão",
)

# Days counted after the incident at a sentence's head: its weekday is then what followed (world_dates)
# months or years after an earlier event before its date ('huit mois après les attentats du 13 novembre'): the
# date is that event's, not the incident's (world_dates)
SPAN_AFTER = ("meses depois", "anos depois", "ano depois", "meses após", "anos após", "ano após")
DAYS_AFTER = {
    "um dia depois": 1, "dois dias depois": 2, "três dias depois": 3, "uma semana depois": 7, "dois dias após": 2,
    "uma semana após": 7, "duas semanas depois": 14,
}  # fmt: skip
# What is still to come a few words before a weekday ('será apresentado na terça'): no day counted back (world_dates)
FUTURE_BEFORE = ("será", "serão", "previsto", "prevista", "previstos", "previstas")
COUNT_ANAPHORS = (
    # the figure set right after an earlier one of the same text ("o número correto era 41"): the count, revised down
    "o número correto", "a cifra correta", "o número real", "o balanço correto", "o número exato",
    # "the number of victims" after a kind of victims named: that kind ("mais duas mortes, elevando para 31 o número
    # de vítimas")
    "o número de vítimas", "o numero de vitimas", "o total de vítimas", "o balanço de vítimas",
    "o total",  # "the total" after a kind named ("mais três corpos, e o total chegou a 15")
    # "the number" with no kind after it ("Inicialmente foram confirmadas 4 mortes; depois o número subiu para 6")
    "o número subiu", "o número sobe", "o número aumentou", "o número passou", "o número chegou", "esse número",
    "este número",
    # 'this number', 'the figure' told on in a later sentence, a kind named before: that kind's updated count
    # ("Na segunda-feira havia 9 mortos. Na terça, as autoridades elevaram o número para 25")
    "o número para", "o número em", "esse total",
    # the whole toll put at a number after a part was told (the nationals among the dead): "X fixou o número total
    # de vítimas em 717"
    "o total de vítimas em", "o total de vitimas em", "o número total de vítimas em", "o numero total de vitimas em",
    "o número total de vítimas para", "o total de vítimas para",
)
# A verb's singular form that tells the death of one, with no number ("Motociclista morre em acidente"); not after a
# negation
SINGULAR_DEATHS = ("morre", "morreu", "faleceu", "falece", "perdeu a vida")
# "o passageiro ficou ferido": the auxiliary's singular before a wounded
# trigger (a word or two between) tells one person hurt
SINGULAR_HURT = ("ficou",)
# The wounded words' plural forms: after that auxiliary they tell many hurt, uncounted
# ("ficou com feridos"), never one
PLURAL_HURT = ("feridos", "feridas")
NEGATIONS = ("não", "nao", "ninguém", "ninguem", "nenhum", "nenhuma")
# A count of victims, the dead and the hurt alike when its parts say so ("23 victimes, dont huit morts" and 15 hurt)
VICTIM_NOUNS = ("vítimas", "vitimas")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# dias antes", "# semanas antes", "# meses antes", "uma semana antes", "um mês antes", "um dia antes",
    "há # dias", "há # semanas", "há # meses", "há uma semana", "há um mês", "na semana passada", "semana passada",
    "na semana anterior", "no mês passado", "mês passado", "no dia anterior", "na véspera",
)  # fmt: skip
# the news's incident told as coming a span of time after another:
# "O caso ocorre quatro dias após a explosão";
# the verbs of happening, and the spans with 'after'; the figures after them in the sentence are the earlier
# event's when the text tells its own
COMES_AFTER = ("ocorre", "ocorreu", "acontece", "aconteceu", "vem", "veio", "chega", "chegou", "se dá", "se deu")
TIME_AFTER = (
    "dia após", "dias após", "semana após", "semanas após", "mês após", "meses após",
    "dia depois", "dias depois", "semana depois", "semanas depois", "mês depois", "meses depois",
)  # fmt: skip

# Words of trying or threatening before a killing verb (or written on it): the deed was not done, no one killed
# by it ('tentou matar duas pessoas', 'ameaçou matar três')
ATTEMPTED = (
    "tentou", "tentaram", "tentar", "tentado", "tentava", "tentativa de", "ameaçou", "ameaçaram", "ameaçar",
    "ameaçado", "ameaçava", "planejava", "planejar", "queria", "queriam", "pretendia", "pretender",
    # what may come: "o vírus pode matar milhares"
    "pode", "podem", "poderia", "poderiam", "poderá", "poderão", "vai", "vão", "ia", "iam",
)  # fmt: skip
THING_VERBS = (  # a verb right after a thing's noun: its own clause ("e uma casa ficou destruída")
    "ficou", "ficaram", "ficava", "foi", "foram", "se", "sofreu", "sofreram", "teve", "tiveram", "está", "estão",
    "estava", "desabou", "desabaram", "acabou",
)  # fmt: skip
# A charge names its victims after it ("acusado de matar a seis"): a count before it is the accused
CHARGE_WORDS = ("matar", "assassinar", "ferir",
                # "prende quatro adolescentes pela morte de uma menina": the victims after it, the count before none
                "morte de", "morte do", "morte da", "assassinato de", "assassinato do", "assassinato da",
                "homicídio de", "homicídio do", "homicídio da")
# 'in all' right before a number: the total of the count told before it in the sentence, which is its part
TOTAL_BEFORE = ("no total", "um total de", "ao todo")
# A relative told with a possessive after and, one more of the count before ("morreram duas crianças e a mãe")
KIN_AFTER_AND = (
    "o seu filho", "a sua filha", "a sua mãe", "o seu pai", "a sua mulher", "o seu marido", "a sua esposa",
    "o seu irmão", "a sua irmã", "seu filho", "sua filha", "sua mãe", "seu pai", "sua esposa", "seu marido",
    "seu irmão", "sua irmã", "o filho", "a filha", "a mãe", "o pai", "a esposa", "o marido", "a avó", "o avô",
)  # fmt: skip
# 'in all' after a number that closes its clause (", ocho en total"): the total of the count told before it
TOTAL_AFTER = ("no total", "ao todo", "em total")
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("compatriotas", "portugueses", "portuguesas", "brasileiros", "brasileiras", "angolanos",
    "moçambicanos")
# A sentence dated to an earlier year that tells that event's toll as recalled (multilingual._a_follow_ups_own_toll):
# the gerund of the toll after the event ("..., matando 192 pessoas e ferindo cerca de 2.000")
RECALL_VERBS = ("matando", "deixando", "causando", "provocando", "vitimando", "ferindo")
# A singular verb counts one, never a number after it ("murió ... perseguido por dos vecinos": world_binding)
SINGULAR_VERB_AGREES = True

# Date words: a headline counting years since an event (`core.extract.look_back`); {n} in figures or a word
YEARS_ON = ("{n} anos depois", "{n} ano depois", "{n} anos após", "{n} ano após", "há {n} anos", "{n} anos do",
            "{n} anos da", "{n} aniversário")  # fmt: skip
YEAR_COUNTS = {
    "um": 1, "primeiro": 1, "dois": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
    "nove": 9, "dez": 10, "décimo": 10, "quinze": 15, "vinte": 20, "vigésimo": 20, "vinte e cinco": 25,
    "trinta": 30,
}
# 'of the' (and 'to', 'for the') before the victims' word, words after the count: the victims are another
# noun's complement ("Milhares de pessoas acompanharam o velório dos mortos"), the count is not theirs (world_binding)
OF_THE_BEFORE = ("dos", "das", "do", "da", "aos", "às", "ao")
# "morreu uma terceira vítima": an ordinal with a singular death is the toll so far (world_triggers); not 'quarto'
# (a room) nor 'segundo' alone
ORDINALS = {"segunda": 2, "terceiro": 3, "terceira": 3, "quarta": 4, "quinto": 5, "quinta": 5, "sexto": 6,
            "sexta": 6, "sétimo": 7, "sétima": 7, "oitavo": 8, "oitava": 8, "nono": 9, "nona": 9, "décimo": 10,
            "décima": 10}  # fmt: skip
# after an ordinal, words that make it no person: "pela terceira vez", "a terceira parte", "no terceiro dia"
ORDINAL_NOT_PERSON = ("vez", "parte", "dia", "semana", "mês", "ano", "andar", "onda", "lugar", "de", "do", "da",
                      "feira")  # fmt: skip
# A word for 'on' right before a day and month in figures ('no dia 12/07'): a date, the language's day first, in the
# publication's year (core.extract.world_dates)
SHORT_DATE_BEFORE = ("dia", "em", "desde")
# A day of mourning told right after a weekday or a date ('domingo dia de luto oficial'; core.extract.world_dates)
MOURNING_WORDS = ("luto",)
# a court step a follow-up's headline tells (its lead then tells the case's toll as plain news)
COURT_WORDS = (
    "condenado", "condenados", "condenada", "condenadas", "absolvido", "absolvidos", "absolvida", "julgamento",
    "tribunal", "sentença", "júri", "réu", "réus", "pena de prisão", "anos de prisão",
)  # fmt: skip
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("ninguém", "ninguem", "nenhum", "nenhuma")

# Named times (`core.events.named_times`): words right before (after) a month named without a year ("last March",
# "in March") that name the latest such month before the report's publication; words before a named time that make
# it another event's ("the worst since March 2019")
PAST_MONTH_BEFORE = ("em", "mês de")
PAST_MONTH_AFTER = ("passado",)
NAMED_TIME_SINCE = ("desde",)

# A common word that begins as a country's name does, no adjective of its people (a meeting, not Réunion)
NOT_ADJECTIVES = ("reunião", "reuniões")

# A sentence that tells its death toll as rumour, one no authority confirmed (social media, unconfirmed reports):
# the toll is an earlier figure, which a stated one or a stated zero outweighs (core.extract.multilingual)
RUMOUR_CUES = (
    "boato", "boatos", "rumor", "rumores", "informações não confirmadas", "nenhuma autoridade confirmou",
    "divulgados nas redes", "divulgadas nas redes", "circulam nas redes", "circularam nas redes",
    "publicações nas redes", "mensagens nas redes", "vídeos nas redes",
)  # fmt: skip
# An active harm verb whose subject is its doer and whose objects are its victims, listed one by one after it ("Um
# homem matou a mulher e o filho": two dead, core.extract.world_objects): the verbs, the singular determiners of an
# object, and the nouns of one person it may name
ACTIVE_HARM_VERBS = ("matou", "assassinou", "tinha matado", "tinha assassinado", "feriu")
ONE_OBJECT_DETERMINERS = ("a sua", "o seu", "sua", "seu", "a", "o")
ONE_OBJECT_NOUNS = (
    "esposa", "marido", "mulher", "filho", "filha", "mãe", "pai", "irmão", "irmã", "namorada", "namorado",
    "companheira", "companheiro", "ex-mulher", "ex-namorada", "ex-companheira", "sogra", "sogro", "avó", "avô", "neto",
    "neta", "cunhado", "cunhada", "sobrinho", "sobrinha", "tio", "tia", "bebê", "bebé", "enteado", "enteada",
    "vizinho", "vizinha", "amigo", "amiga",
)  # fmt: skip
# Claimants who are not the authorities, besides those above: an armed side or the political opposition
UNOFFICIAL_SOURCES |= {"rebeldes": "rebels", "insurgentes": "insurgents", "opositores": "opposition"}
# Words opening a clause set against the one before it, besides CONTRAST_CLAUSES ("A oposição fala em mais de 50
# mortos, mas o governo confirma 14"): each clause's figure is its own speaker's
CLAIMANT_BREAKS = ("mas", "porém", "contudo", "embora")
