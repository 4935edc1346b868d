"""Short reports of our own (invented, in wire and local styles) with the killed and wounded headline figures
the annotation conventions of news-dev give them (see ../shared/news-dev/README.md): the total, not a subset;
admissions given as the injured figure count, "still in hospital" does not; combined casualties are neither.

Each row: (id, title or None, text, killed, wounded). Read by test_extract_wounded_reports.py and by the probe
that measured them before and after the rules they show.
"""

from __future__ import annotations

REPORTS: list[tuple[str, str | None, str, int | None, int | None]] = [
    # --- how the wounded are said -------------------------------------------------------------------------
    ("left-injured", None,
     "A gas cylinder exploded at a crowded market on Tuesday, killing four people and leaving 23 injured, "
     "police said. Shops along the street were badly damaged.", 4, 23),
    ("were-hurt", None,
     "At least 11 people were killed and 40 people were hurt when a bus plunged into a ravine in the hills "
     "north of the capital, officials said.", 11, 40),
    ("others-suffered-injuries", None,
     "Eight people died in the fire at the garment factory. Another 15 workers suffered injuries as they "
     "jumped from upper-floor windows, the fire service said.", 8, 15),
    ("injuries-to-n", None,
     "The explosion at the fuel depot caused injuries to 27 people and shattered windows across the "
     "neighbourhood, the interior ministry said.", None, 27),
    ("hospitalised", None,
     "Nineteen people were hospitalised after an ammonia leak at a cold-storage plant on the edge of the city, "
     "health officials said. No deaths were reported.", 0, 19),
    ("taken-to-hospital", None,
     "A stampede at the temple gates killed six pilgrims on Sunday morning. Thirty-one people were taken to "
     "hospital, the district administrator said.", 6, 31),
    ("treated-in-hospital", None,
     "Two people died when the roof of the sports hall gave way under heavy snow. Twelve others were treated in "
     "hospital, the regional governor said.", 2, 12),
    ("still-in-hospital", None,
     "Nine people were killed when a tourist coach overturned on the motorway on Monday. Five passengers were "
     "still in hospital on Thursday, a hospital spokesman said.", 9, None),
    ("casualties-combined", None,
     "The earthquake caused 57 casualties in the mountain villages, according to the national disaster agency. "
     "More than 300 homes were damaged.", None, None),
    ("rescued-alive", None,
     "Rescuers pulled 12 people alive from the rubble of the collapsed apartment block overnight, and three "
     "bodies were recovered, the civil defence said.", 3, None),
    ("critically-subset", None,
     "The suicide bombing at the checkpoint injured 45 people, 8 of them critically, a police spokesman said. "
     "Four people were killed.", 4, 45),
    ("title-vs-body", "Train derailment leaves 3 dead, 60 injured",
     "Three people were killed and dozens were injured when a passenger train left the tracks near a rural "
     "station on Friday evening, the railway operator said.", 3, 60),
    ("background-other-incident", None,
     "A bomb exploded at a crowded bus station on Monday, killing seven people and wounding 21, police said. "
     "In March, a similar attack on a market in the same city killed 12 people and injured 50.", 7, 21),
    ("cumulative-season", None,
     "A landslide buried three houses in the village of Kale on Wednesday, killing nine people and injuring "
     "four. Since the start of the monsoon in June, 212 people have died and 310 have been injured across the "
     "province, the disaster authority said.", 9, 4),
    # --- which of several figures is the headline ------------------------------------------------------------
    ("update-rose", None,
     "Twenty people were injured in the blast, police said at first. Later on Sunday the number of injured "
     "rose to 34, the health ministry said.", None, 34),
    ("number-injured-risen", None,
     "The number of people injured in the collapse of the shopping centre has risen to 48, officials said on "
     "Tuesday. Two people died.", 2, 48),
    ("remain-critical", None,
     "The shooting outside the club left two people dead and nine injured. Four of the injured remain in "
     "critical condition, police said.", 2, 9),
    ("remain-critical-bare", None,
     "Eleven people were hurt when a car drove into a crowd at the festival on Saturday. Three remain in "
     "critical condition, a hospital spokeswoman said.", None, 11),
    ("including-children", None,
     "Police said 30 people were wounded, including 12 children, when a grenade was thrown into the "
     "schoolyard.", None, 30),
    ("per-hospital-with-total", None,
     "Of the injured, 18 were taken to Central Hospital and 11 to St Mary's, the health department said. In "
     "total, 35 people were injured in the fire, and five were killed.", 5, 35),
    ("per-site-with-total", None,
     "At the central station six people died and 30 were hurt; at the airport four died and 25 were injured. "
     "Overall, 10 people were killed and 55 wounded in the coordinated bombings, the prime minister said.",
     10, 55),
    ("hospital-admitted-part", None,
     "The crowd crush at the concert killed eight people and injured more than 300. Of those, 13 were admitted "
     "to hospital, the city said.", 8, 300),
    # --- mass shootings: several figures, updates and subsets ---------------------------------------------------
    ("shot-two-died", None,
     "Police said 11 people were shot at a house party early Sunday. Two of them died at the scene, and the other "
     "nine were taken to area hospitals with injuries ranging from minor to life-threatening.", 2, 9),
    ("wounded-two-critically", None,
     "Six people were wounded, two critically, in a shooting outside a nightclub early Saturday, police said.",
     None, 6),
    ("shot-one-fatally", None,
     "Five people were shot, one fatally, during a drive-by shooting on the city's west side Friday night, "
     "police said.", 1, 4),
    ("festival-including-gunshot", None,
     "Police said 14 people were injured, including 10 with gunshot wounds, after shots rang out at a neighborhood "
     "festival on Saturday evening. Others were hurt in the rush to flee.", None, 14),
    ("wounded-rose", None,
     "Four people were killed and 10 wounded in the shooting at the warehouse. The number of people wounded rose "
     "to 15 after three more victims arrived at hospitals on their own, police said.", 4, 15),
    ("initially-said", None,
     "Authorities initially said eight people had been shot. Police later said 12 people were shot, one of them "
     "fatally.", 1, 11),
    ("shot-hurt-fleeing", None,
     "Three people were killed and five were wounded when a gunman opened fire in a bar on Main Street late "
     "Friday. Two more people were hurt while fleeing, bringing the number of injured to seven.", 3, 7),
    # --- no wounded figure ---------------------------------------------------------------------------------------
    ("ages-hospitals", None,
     "Two men, aged 19 and 23, were killed in the shooting, police said. Both were taken to two different "
     "hospitals, where they were pronounced dead.", 2, None),
    ("ambulances-rescuers", None,
     "Fifteen ambulances and 40 rescuers were sent to the scene of the blast, which killed three workers at the "
     "chemical plant.", 3, None),
    ("buildings-damaged", None,
     "The tornado destroyed 14 homes and damaged 40 other buildings, but no one was injured, the county "
     "emergency manager said.", None, 0),
    ("injured-evacuated", None,
     "The avalanche killed five climbers on the north face. Rescue teams evacuated 14 injured people by "
     "helicopter to the valley.", 5, None),
    ("survivors", None,
     "The ferry capsized with 80 people on board. Rescuers found 61 survivors, and 19 bodies were recovered from "
     "the river, the coast guard said.", 19, None),
    ("hospitals-on-alert", None,
     "Six hospitals were put on alert and 200 medical staff called in after the blast, which killed 14 people.",
     14, None),
    # --- more ways of saying it ----------------------------------------------------------------------------
    ("with-others-injured", None,
     "A car bomb tore through a busy shopping street on Thursday, killing 12 people, with 40 others injured, "
     "security officials said.", 12, 40),
    ("left-with-injuries", None,
     "The pile-up on the fog-bound motorway left 17 people with injuries, two of them serious, police said. "
     "One driver died at the scene.", 1, 17),
    ("receiving-treatment", None,
     "Five people died after the footbridge collapsed into the river. Another 22 people were receiving treatment "
     "in hospital on Sunday night, the mayor said.", 5, 22),
    ("rushed-to-hospital", None,
     "A tanker exploded on the highway, killing 14 people. Some 60 people were rushed to hospital with severe "
     "burns, the state governor said.", 14, 60),
    ("medics-treated-for-injuries", None,
     "Two people died in the crush at the station entrance. Paramedics treated 46 people for injuries, 18 of whom "
     "were taken to hospital, the ambulance service said.", 2, 46),
    ("injured-dash-seriously", None,
     "The ministry said 74 people had been injured, 22 of them seriously, in the overnight drone attack on the "
     "port city. Three people were killed.", 3, 74),
    ("number-of-wounded-elliptic", None,
     "The death toll from the market bombing rose to 12 on Monday and the number of wounded to 85, the health "
     "ministry said.", 12, 85),
    ("treating-vs-total", None,
     "Hospitals in the capital said they were treating 46 wounded people, while the health ministry put the total "
     "number of injured at 112. Twenty-three people were killed.", 23, 112),
    ("of-the-injured-remain", None,
     "The blast killed nine people and injured 112. Of the 112 injured, 46 remain in hospital, the health "
     "minister said on Wednesday.", 9, 112),
    ("hospitalised-after-total", None,
     "The bus crash killed four people and injured 30. Fourteen of them remain hospitalised, two in critical "
     "condition.", 4, 30),
    ("second-explosion", None,
     "A first explosion killed six people and injured 25 at the refinery. Another 30 people were injured in a "
     "second explosion hours later, bringing the number of injured to 55.", 6, 55),
    # --- other figures near injury words ---------------------------------------------------------------------------
    ("beds-ready", None,
     "The flash flood killed 16 people in the valley. Hospital officials said they had 120 beds ready for the "
     "injured.", 16, None),
    ("airlifted-injured", None,
     "The bus fell into a gorge, killing 23 pilgrims. Around 15 injured passengers were airlifted to a military "
     "hospital in the state capital.", 23, None),
    ("deadliest-since", None,
     "The suicide bomber killed 31 people at the rally on Friday. It was the deadliest attack in the country "
     "since 2017, when a truck bomb killed 85 people and wounded more than 400 in the capital.", 31, None),
    ("protest-days", None,
     "Police fired tear gas at protesters on Tuesday, and one man was killed. Over three weeks of protests, 240 "
     "people have been injured, according to a rights group.", 1, None),
    ("driver-age", None,
     "The driver, 54, was injured when his lorry struck a bridge on the A9, and 12 bus passengers were killed "
     "in the crash.", 12, 1),
    # --- more figures of one story: updates, parts, other incidents -------------------------------------
    ("of-the-59", None,
     "A fire swept through a hostel on Friday, killing 11 students. Of the 59 injured, 21 were discharged on "
     "Saturday, the hospital said.", 11, 59),
    ("casualties-incl-dead", None,
     "The blast left 120 casualties, including 20 dead, according to the provincial health department.", 20, None),
    ("dead-and-injured-combined", None,
     "The collapse of the bridge left 57 dead and injured, the state broadcaster reported.", None, None),
    ("wounded-people-taken", None,
     "A car bomb killed 9 soldiers near the border on Sunday. Twenty wounded people were taken to a military "
     "hospital, the army said.", 9, 20),
    ("injured-stood-at", None,
     "The number of injured stood at 1,200 on Tuesday, the disaster agency said, while the death toll rose to "
     "310.", 310, 1200),
    ("title-injured-body-update", "Stadium crush: 6 dead, 40 injured",
     "Six people were killed and 40 injured in a crush at the stadium gates on Saturday. By Sunday the number "
     "of injured had risen to 52, the regional health office said.", 6, 52),
    ("two-hospitals-and-total", None,
     "Twenty-two people were killed in the attack on the market. The city's main hospital received 38 wounded "
     "and a second hospital 19, the health ministry said, putting the total number of wounded at 57.", 22, 57),
    ("wounded-police-subset", None,
     "The gunmen killed 14 people and wounded 30 at the hotel. Among the wounded were six police officers.", 14, 30),
    ("injured-in-both", None,
     "Two trains collided outside the city, killing 41 people. More than 170 passengers were injured, about 50 "
     "of them seriously.", 41, 170),
    ("airlift-critical-subset", None,
     "Eighteen people were injured when the roof of the mosque collapsed. Five of them were flown to the "
     "capital in critical condition.", None, 18),
    ("injured-headline-alone", "Gas blast injures 33 in apartment block",
     "A gas explosion tore through an apartment block early on Monday. Firefighters said several residents "
     "were trapped for hours.", None, 33),
    ("second-attack-separate", None,
     "A suicide bomber killed 12 people at a checkpoint on Monday, wounding 25. In a separate attack in "
     "another province, three soldiers were killed and nine wounded.", 12, 25),
    ("injured-including-rescuers", None,
     "Forty people, including seven firefighters, were hurt in the blaze at the warehouse, the fire chief "
     "said.", None, 40),
    ("us-mass-shooting-multi", None,
     "A gunman killed five people and wounded 18 at a nightclub late Saturday, police said. Officials said 25 "
     "people were hurt in total, including those injured while fleeing.", 5, 25),
    ("hospital-received", None,
     "The bombing at the bus terminal killed 18 people. One hospital said it had received 40 wounded. The "
     "health ministry said 95 people were injured in total.", 18, 95),
    ("revised-down-injured", None,
     "Officials first said 150 people were injured in the stampede. They later revised the number of injured "
     "down to 120.", None, 120),
    ("injured-rose-from", None,
     "Seven people were killed in the flash floods. The number of injured rose to 64 from 41, the governor "
     "said.", 7, 64),
    ("discharged", None,
     "A total of 85 people were injured in the train collision, the rail operator said. Sixty have since been "
     "discharged from hospital.", None, 85),
    ("injured-title-only-more", "Factory blast kills 9, injures 30",
     "An explosion at a fireworks factory killed nine workers on Wednesday. Rescuers searched the rubble for "
     "survivors into the night.", 9, 30),
    ("body-more-than-title", "Factory blast kills 9, injures 30",
     "An explosion at a fireworks factory killed nine workers on Wednesday and injured at least 34, the "
     "district fire officer said.", 9, 34),
    ("pre-update-sentence", None,
     "Earlier, police had said 12 people were injured. On Sunday evening, the fire department said 19 people "
     "had been injured.", None, 19),
    ("two-of-injured-critical", None,
     "A minibus overturned on the highway on Monday, injuring 16 passengers, two of whom are in critical "
     "condition.", None, 16),
    ("us-update-injured", None,
     "Police initially reported six people shot at the block party. On Monday, police said the number of "
     "people shot had risen to eight, with one dead.", 1, 7),
    ("injured-two-separate", None,
     "Fourteen people were hurt when a tram derailed downtown on Friday. In an unrelated incident, six were "
     "injured when a bus hit a wall.", None, 14),
    ("n-people-injured-some-seriously-title", "12 hurt as bus overturns",
     "Twelve people were hurt, some seriously, when a bus overturned on a bend on Tuesday.", None, 12),
    ("injured-in-hospital-remain", None,
     "The fire killed three residents. Nine people remain in hospital, two in a critical condition.", 3, None),
    ("two-sites-then-total", None,
     "At the airport, 14 people were killed and 81 injured; at the metro station, 20 people died and 106 were "
     "hurt. In all, 34 people were killed and 187 injured in the bombings, the prime minister said.", 34, 187),
    ("which-injured-also-killed", None,
     "The storm, which injured 37 people in the coastal towns, also killed three fishermen and destroyed 200 "
     "homes, the disaster agency said.", 3, 37),
    ("which-killed-also-injured", None,
     "The car bomb, which killed 5 soldiers at the checkpoint, also injured 40 civilians waiting to cross, the "
     "army said.", 5, 40),
    ("rescued-with-injuries", None,
     "The airliner skidded off the runway and burst into flames, killing 179 of the 181 people on board. Two crew "
     "members were rescued with injuries, the transport ministry said.", 179, 2),
    ("pulled-alive", None,
     "Rescuers pulled 12 people alive from the rubble of the collapsed hotel overnight. Five others were pulled out "
     "with serious injuries on Tuesday morning, and nine bodies were recovered.", 9, 5),
    # --- US local news of shootings -------------------------------------------------------------------------------
    ("shot-including-died", None,
     "Police said nine people were shot at a birthday party late Saturday, including two who died at the scene.",
     2, 7),
    ("shot-three-fatally", None,
     "Ten people were shot, three of them fatally, at a block party early Sunday, police said.", 3, 7),
    ("dead-and-others-wounded", None,
     "A shooting at a discount store left three people dead and four others wounded, police said.", 3, 4),
    ("title-and-body-agree", "1 dead, 5 hurt in shooting at park",
     "One man was killed and five others were wounded when gunfire erupted at a park on Saturday night, police "
     "said.", 1, 5),
    ("shot-one-later-died", None,
     "Seven people were shot outside a nightclub early Sunday. Police said the victims, ages 19 to 27, were taken "
     "to area hospitals, where one later died.", 1, 6),
    ("hurt-by-gunfire-and-fleeing", None,
     "Police said 13 people were hurt, 11 of them by gunfire, when a gunman opened fire at a graduation party.",
     None, 13),
    ("gunman-killed-himself", None,
     "A gunman killed two people and injured five others at an office park before turning the gun on himself, "
     "police said.", 2, 5),
    ("age-written-apart", "Boy, 11, recovering after father's gun goes off",
     "A father accidentally shot his 11 year-old son in the cheek while cleaning a handgun in the basement, police "
     "said. The boy is expected to recover.", None, 1),
    ("ages-apart-two-boys", None,
     "Two 16 year old boys were shot outside the high school on Friday afternoon, police said. Both are in stable "
     "condition.", None, 2),
    ("hit-by-ricochet", None,
     "A 4-year-old girl was hit in the thigh by a ricochet on Willow Street early Saturday night, police said. She "
     "is expected to recover.", None, 1),
    ("hitting-the-youngster", None,
     "Police say the boy found the gun in a tackle box and it went off, hitting the youngster in the hand. The "
     "father was charged with failing to store the gun safely.", None, 1),
    ("victims-of-those-shot", None,
     "Eight people were shot at a park on Sunday evening. Police updated the number of victims to nine on Monday, "
     "saying one more person had gone to a hospital with a gunshot wound. No one died.", 0, 9),
    ("total-shot-earlier-said", None,
     "Police said a total of 15 people were shot, including three who died, at a house party early Sunday. "
     "Earlier, police had said 12 people were shot.", 3, 12),
    ("rate-each-year", None,
     "A fireworks stall exploded at the market on Sunday, killing two vendors. Each year, about 400 people are "
     "injured in fireworks accidents in the country, according to the national safety council.", 2, None),
]  # fmt: skip
