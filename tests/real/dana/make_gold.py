"""Build the gold YAML files of tests/real/dana (a HELD-OUT set: the floods in the province of Valencia caused
by the DANA of 29 October 2024, coverage of 30 October - 1 November 2024) from the hand-written spec below.

Usage: python make_gold.py   (the shared builder, tests/goldkit.py, with a new spec)

Every claim and not_claim is located by an anchor (a unique context string in the raw file text) so that
offsets are computed, never typed. Ids are assigned per kind in document order; groups refer to claims by a
local key.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(next(p for p in Path(__file__).resolve().parents if p.name == "tests")))
import goldkit  # noqa: E402  (tests/goldkit.py: what every set's make_gold.py shares)
from goldkit import D, Marks, N, Q, R, T  # noqa: E402

HERE = Path(__file__).resolve().parent

MARKS = Marks(["“", "«", '"', "‘", "'"],
              ["”", "»", '"', "’", "'"],
              pairs={"“": "”", "«": "»", '"': '"', "‘": "’"})

TORRES = "Angel Victor Torres"
SANCHEZ = "Pedro Sanchez"
ALBALAT = "Maribel Albalat"
DELCAMPO = "Ruben del Campo"
LPM2 = "litres per square metre"

# subjects
S_T72 = "death toll of the floods in the Valencia region, 30 October 2024 (El Pais' government sources)"
S_T95 = "death toll of the DANA floods in Spain, evening of Wednesday 30 October 2024 (92 Valencia + 2 Castilla-La Mancha + 1 Andalusia)"
S_T102 = "death toll of the DANA floods, morning of 31 October 2024"
S_T104 = "death toll of the DANA floods in Spain as of Thursday 31 October 2024 (El Mundo)"
S_T158 = "death toll of the DANA floods in Spain, 1 November 2024"
S_V92 = "deaths in the Valencia region / province, evening of 30 October 2024"
S_CLM = "deaths in Castilla-La Mancha, 30 October 2024"
S_AND = "deaths in Andalusia (Malaga), 30 October 2024"
S_MOURN = "length of the national mourning declared by the Spanish government for the DANA victims"
S_MISS = "people missing after the DANA floods, 30-31 October 2024"
S_CHIVA = "rainfall recorded at Chiva on 29 October 2024"
S_8H = "time in which as much rain as in a year fell (Chiva, 29 October 2024)"
S_PAI = "deaths in Paiporta, 30-31 October 2024"
S_PAI6 = "elderly residents of a care home in Paiporta who died in the flood"
S_GC = "civil guards (agents of the Guardia Civil) who died in Paiporta"
S_POP = "population of Paiporta"
S_DIST = "distance from Paiporta to the city of Valencia"
S_POW = "people left without electricity by the DANA (30 October 2024)"
S_1973 = "deaths in the floods of October 1973 in south-east Spain"

DOCS = {}

DOCS["381_brusselstimes"] = dict(
    language="en",
    items=[
        Q("At least 72", key="t72a", value=72, unit="people", qualifier="at_least", subject=S_T72),
        R("Tuesday night", "Spain on Tuesday night", note="29 October 2024"),
        Q("three", "declared three days of national", key="m1", value=3, unit="days", qualifier=None, subject=S_MOURN),
        Q("72", "Among the 72", key="t72b", value=72, unit="people", qualifier=None, subject=S_T72),
        Q("at least two", value=2, unit="children", qualifier="at_least", subject="children among the 72 dead"),
        Q("two", "and two babies", value=2, unit="babies", qualifier=None, subject="babies among the 72 dead"),
        Q("88", "An 88-year-old", value=88, unit="years", qualifier=None,
          subject="age of the woman who died in the Cuenca region (first death in Castilla-La Mancha)",
          note="'88-year-old'"),
        Q("three", "declared three days of mourning", key="m2", value=3, unit="days", qualifier=None, subject=S_MOURN),
        R("Thursday", "mourning from Thursday", note="31 October 2024, start of the mourning"),
        T("'As much rain as in a full year'", key="q_year_h", speaker=None,
          attribution="subheading in straight single quotes; the body gives it to Spain's state weather agency"),
        D("September 1966", date="1966-09", note="heaviest rainfall since"),
        Q("More than 445", value=445, unit=LPM2, qualifier="more_than",
          subject="rainfall in some areas over the 24 hours to 30 October 2024 (EFE)"),
        Q("24", "the past 24 hours", value=24, unit="hours", qualifier=None,
          subject="period of the 445 litres per square metre (EFE)"),
        N("20:00", reason="time", note="time of the first alert ('shortly after 20:00')"),
        R("Tuesday", "20:00 on Tuesday", note="29 October 2024"),
        Q("491", key="chiva", value=491, unit=LPM2, qualifier=None, subject=S_CHIVA),
        T("\"[This is] practically as much rain as would be seen in a full year,\"", key="q_year", speaker=None,
          attribution="Spain's state weather agency noted, as reported by The Guardian"),
        R("Tuesday night", "On Tuesday night", note="29 October 2024"),
        Q("thousands", "However, thousands", value=2000, unit="people", qualifier="at_least",
          subject="people caught off guard by the DANA", note="rough count 'thousands'"),
        N("'Dana'", reason="other", note="quoted name of the phenomenon"),
    ],
)

DOCS["382_bgnes"] = dict(
    language="en",
    items=[
        Q("Nearly 100", key="t95a", value=100, unit="people", qualifier="about", subject=S_T95),
        D("29 October", "Tuesday (29 October) evening. A", key="d29a", date="--10-29",
          note="2024; the weekday before the bracket is left out"),
        Q("three", "A three-day", key="m1", value=3, unit="days", qualifier=None, subject=S_MOURN,
          note="'three-day'"),
        R("today", "begins today.", note="31 October 2024"),
        D("29 October", "Tuesday (29 October) evening caused", key="d29b", date="--10-29", note="2024"),
        Q("At least 95", key="t95b", value=95, unit="people", qualifier="at_least", subject=S_T95),
        Q("92", "95 people lost their lives, 92", key="v92", value=92, unit="people", qualifier=None, subject=S_V92),
        D("1957", date="1957", note="the earlier Valencia flood"),
        Q("81", value=81, unit="people", qualifier=None, subject="deaths in the 1957 Valencia flood",
          note="'claimed 81 lives'"),
        R("this week", "as well as this week"),
        Q("67", "repeated 67 years", value=67, unit="years", qualifier=None,
          subject="time between the 1957 Valencia flood and the 2024 floods"),
        Q("two", "say two more deaths", key="clm", value=2, unit="people", qualifier=None, subject=S_CLM),
        N("a third", "and a third in Andalusia", reason="ordinal",
          note="'a third [death] in Andalusia': one death, said by an ordinal; grouped claims of it are in 384 and 391"),
        Q("300", key="d1973", value=300, unit="people", qualifier=None, subject=S_1973, note="'claimed 300 lives'"),
        D("October 1973", key="y1973", date="1973-10"),
        T("\"will rise because we assume there are many missing\"", key="q_missing", speaker=TORRES,
          attribution="Territorial Policy Minister Ángel Víctor Torres warned last night"),
        R("last night", "warned last night", note="30 October 2024"),
        Q("three", "declaring three days", key="m2", value=3, unit="days", qualifier=None, subject=S_MOURN),
        R("today", "begins today Thursday", note="31 October 2024"),
        D("October 31", date="--10-31", note="2024; start of the national mourning ('today Thursday, October 31')"),
        Q("two", "two offices", value=2, unit="offices", qualifier=None,
          subject="offices set up in Valencia to receive relatives of the missing"),
        R("Yesterday", "Yesterday (30 October)", note="30 October 2024"),
        D("30 October", "Yesterday (30 October)", date="--10-30", note="2024"),
        Q("2,500", value=2500, unit="rescues", qualifier=None, subject="rescues carried out by the Civil Guard by 30 October 2024"),
        Q("around 5,000", value=5000, unit="vehicles", qualifier="about", subject="vehicles still stranded on 30 October 2024"),
    ],
)

DOCS["383_topnews"] = dict(
    language="en",
    items=[
        Q("95", "rises to 95", key="t95a", value=95, unit="people", qualifier=None, subject=S_T95, note="headline"),
        Q("at least 95", key="t95b", value=95, unit="people", qualifier="at_least", subject=S_T95),
        Q("dozens", "dozens more missing", key="miss", value=24, unit="people", qualifier="at_least", subject=S_MISS,
          note="rough count 'dozens'"),
        R("Tuesday", "Torrential rain on Tuesday", note="29 October 2024"),
        Q("three", "declared three days", key="m", value=3, unit="days", qualifier=None, subject=S_MOURN),
        T("\"many people are still missing\"", key="q_missing", speaker=None, attribution="the government says"),
        D("1973", "worst since 1973", key="y1973", date="1973"),
        Q("at least 150", key="d1973", value=150, unit="people", qualifier="at_least", subject=S_1973),
        R("Wednesday", "address on Wednesday", note="30 October 2024"),
        T("“The whole of Spain weeps with you… we won’t abandon you.”", speaker=SANCHEZ,
          attribution="President Sánchez ... telling victims:"),
        N("one", "reported one year's worth", reason="other",
          note="'one year's worth of rainfall': a comparison with a year's rain, as 386's 'a year's worth', not a count"),
        R("Tuesday", "rainfall on Tuesday", note="29 October 2024"),
        N("30 Oct", reason="chrome", note="aggregator item stamp"),
        N("00:00", reason="time", note="aggregator item stamp"),
    ],
)

DOCS["384_rbcukraine"] = dict(
    language="en",
    items=[
        Q("nears 100", key="t95a", value=100, unit="people", qualifier="about", subject=S_T95, note="headline"),
        Q("nearly a hundred", key="t95b", value=100, unit="people", qualifier="about", subject=S_T95),
        Q("dozens", "with dozens of people still missing", key="miss", value=24, unit="people", qualifier="at_least",
          subject=S_MISS, note="rough count 'dozens'"),
        N("7:00 PM", reason="time"),
        Q("92", "reached 92", key="v92", value=92, unit="people", qualifier=None, subject=S_V92),
        Q("one", "one in the province of Malaga", key="and", value=1, unit="people", qualifier=None, subject=S_AND),
        Q("two", "and two in Castilla", key="clm", value=2, unit="people", qualifier=None, subject=S_CLM),
        Q("three", "declared three days", key="m", value=3, unit="days", qualifier=None, subject=S_MOURN),
        T("\"severely impacted,\"", speaker=TORRES,
          attribution="Torres ... announced that the government would designate the affected area as"),
        Q("Dozens", "Dozens of people spent", value=24, unit="people", qualifier="at_least",
          subject="people who spent the night of 29-30 October on roofs of vehicles, shops or petrol stations in Valencia",
          note="rough count 'Dozens'"),
        Q("115,000", key="pow", value=115000, unit="people", qualifier=None, subject=S_POW),
    ],
)

DOCS["385_thegaze"] = dict(
    language="en",
    items=[
        Q("Over 100", key="t104a", value=100, unit="people", qualifier="more_than", subject=S_T104, note="headline"),
        Q("Two", "in Two Days", value=2, unit="days", qualifier=None, subject="time in which the floods killed over 100 people",
          note="headline"),
        Q("Three", "Declares Three Days", key="m1", value=3, unit="days", qualifier=None, subject=S_MOURN, note="headline"),
        Q("104", key="t104b", value=104, unit="people", qualifier=None, subject=S_T104),
        R("Thursday", "104 as of Thursday", note="31 October 2024"),
        Q("thousands", "thousands of cars", value=2000, unit="cars", qualifier="at_least",
          subject="cars destroyed by the floods", note="rough count 'thousands'"),
        Q("more than 1,200", value=1200, unit="troops", qualifier="more_than",
          subject="troops mobilised by the government for rescue and relief (31 October 2024)"),
        Q("about 75,000", value=75000, unit="people", qualifier="about",
          subject="people in Valencia province without electricity (31 October 2024)"),
        Q("three", "declared a three-day", key="m2", value=3, unit="days", qualifier=None, subject=S_MOURN,
          note="'three-day'"),
        T("‘all necessary assistance’", speaker=TORRES,
          attribution="Minister of Territorial Policy Angel Victor Torres ... promised to provide"),
        T("‘Today, our flags are at half-mast as the European Parliament joins the people of Spain in mourning all those who have lost their lives in the tragic floods. We will get through this together,’",
          speaker="Roberta Metsola",
          attribution="wrote the President of the European Parliament, Roberta Metsola, on social media platform X"),
        R("Today", "‘Today, our flags", note="inside the quote: 31 October 2024"),
        Q("115,000", key="pow", value=115000, unit="people", qualifier=None, subject=S_POW),
        Q("dozens", "dozens of Valencians", value=24, unit="people", qualifier="at_least",
          subject="people who spent the night of 29-30 October on roofs of vehicles, shops or petrol stations in Valencia",
          note="rough count 'dozens'"),
        D("29 October", key="d29", date="--10-29", note="2024; flash floods began"),
    ],
)

DOCS["386_democracynow"] = dict(
    language="en",
    items=[
        Q("three", "declared three days", key="m", value=3, unit="days", qualifier=None, subject=S_MOURN),
        Q("158", value=158, unit="people", qualifier=None, subject=S_T158),
        Q("hundreds", "hundreds of cars", value=200, unit="cars", qualifier="at_least",
          subject="cars left strewn about in Valencia", note="rough count 'hundreds'"),
        Q("eight", "in just eight hours", key="h8", value=8, unit="hours", qualifier=None, subject=S_8H),
        T("“Well, it’s all destroyed — shops, supermarkets, schools, cars. It’s all destroyed. These caravans come from the 27th neighborhood, almost in Valencia. They went all the way down until here. And just here on the right, there’s a boat. It has been incredible, mind-blowing.”",
          speaker="Patricia Villar", attribution="Patricia Villar: (name and colon before the quote)"),
        N("27th", reason="ordinal", note="inside the quote"),
        T("“not finished,”", speaker=SANCHEZ,
          attribution="Spanish Prime Minister Pedro Sánchez is warning that devastation caused by flash flooding is"),
        R("today", "more heavy rain today", note="1 November 2024"),
    ],
)

DOCS["387_valenciaplaza"] = dict(
    language="es",
    items=[
        R("este martes", "caídas este martes", note="29 October 2024"),
        T("\"extraordinarias\"", speaker=None,
          attribution="según ha informado la Agencia Estatal de Meteorología (Aemet) (an institution)"),
        Q("491", key="chiva", value=491, unit=LPM2, qualifier=None, subject=S_CHIVA),
        Q("ocho", "en ocho horas", key="h8", value=8, unit="hours", qualifier=None, subject=S_8H),
        T("\"Esta cantidad supone lo que puede llover en un año completo\"", key="q_year", speaker=DELCAMPO,
          attribution="ha explicado el portavoz de la Aemet, Rubén del Campo"),
        T("\"daños catastróficos\"", speaker=DELCAMPO, attribution="quien ha añadido que ... puede provocar los"),
        Q("superaron los 100", value=100, unit=LPM2, qualifier="more_than",
          subject="rainfall in points of north-west Murcia and south-east Albacete (29 October 2024)",
          note="'se superaron los 100 lm2' (span includes the verb and article, as maria's 'superar los 5.700')"),
        N("2", "los 100 lm2", reason="other", note="the '2' of the unit symbol 'lm2' (litres per square metre)"),
        Q("entre 150 y 180", value=150, unit=LPM2, qualifier="at_least",
          subject="rainfall forecast for the episode (Aemet)",
          note="range: one claim, at least the first number and at most the second (180), as notredame's 'Entre 5% y 10%'"),
        N("2", "180 lm2", reason="other", note="the '2' of the unit symbol 'lm2'"),
        Q("entre doce y 24", value=12, unit="hours", qualifier="at_least",
          subject="period of the forecast 150-180 litres per square metre",
          note="range 'entre doce y 24 horas': one claim, at least 12, at most 24"),
        T("\"los pronósticos se ajustaron a lo sucedido\"", speaker=DELCAMPO, attribution="ha dicho (Del Campo)"),
        Q("superaron los 300", value=300, unit=LPM2, qualifier="more_than",
          subject="rainfall in the zone between Utiel and Chiva (29 October 2024)"),
        N("2", "300 lm2", reason="other", note="the '2' of the unit symbol 'lm2'"),
        N("\"trenes convectivos\"", reason="other", note="quoted meteorological term ('se les conoce como')"),
        R("el martes", "producida el martes", note="29 October 2024"),
        T("\"históricos\"", speaker=DELCAMPO, attribution="según el portavoz de la Aemet"),
        N("tres", "entre los tres más importantes", reason="rank", note="'among the three most important': a rank"),
        Q("cien", "últimos cien años", value=100, unit="years", qualifier=None,
          subject="period over which the episode is among the three most important in the Valencian Community"),
    ],
)

DOCS["388_lasexta"] = dict(
    language="es",
    items=[
        Q("490", key="chiva", value=490, unit=LPM2, qualifier=None, subject=S_CHIVA),
        Q("343", value=343, unit=LPM2, qualifier=None, subject="rainfall at Chiva in four hours (29 October 2024)",
          note="unit from the sentence before ('490 litros por metro cuadrado ..., 343 en apenas cuatro horas')"),
        Q("cuatro", "apenas cuatro horas", value=4, unit="hours", qualifier=None,
          subject="period in which 343 litres per square metre fell at Chiva"),
        Q("28", "hace 28 años", value=28, unit="years", qualifier=None,
          subject="time since a town of the Valencian Community last had as much rain"),
        Q("411", value=411, unit=LPM2, qualifier=None, subject="rainfall at Pedralba (29 October 2024)"),
        Q("67", "Hace 67 años", value=67, unit="years", qualifier=None,
          subject="time since Pedralba last had as much rain"),
        Q("230", value=230, unit=LPM2, qualifier=None, subject="rainfall at Utiel in 24 hours (29 October 2024)"),
        Q("24", "230 litros por metro cuadrado en 24 horas", value=24, unit="hours", qualifier=None,
          subject="period of the Utiel rainfall"),
        Q("al menos seis", value=6, unit="people", qualifier="at_least",
          subject="elderly people living alone who died in Utiel"),
        Q("271", value=271, unit=LPM2, qualifier=None, subject="rainfall at Requena in one day (29 October 2024)"),
        Q("24", "en 24 horas 130", value=24, unit="hours", qualifier=None, subject="period of the Letur rainfall"),
        Q("130", value=130, unit=LPM2, qualifier=None, subject="rainfall at Letur (Albacete) in 24 hours"),
        Q("10", "solo cayeron 10", value=10, unit=LPM2, qualifier=None, subject="rainfall at Paiporta (29 October 2024)"),
    ],
)

DOCS["389_elnacional"] = dict(
    language="es",
    items=[
        R("este martes", "asolado este martes", note="29 October 2024"),
        Q("al menos 45", key="pai", value=45, unit="people", qualifier="at_least", subject=S_PAI),
        Q("27.000", key="pop", value=27000, unit="people", qualifier=None, subject=S_POP, note="'27.000 habitantes'"),
        Q("seis", "también seis ancianos", key="pai6", value=6, unit="people", qualifier=None, subject=S_PAI6),
        Q("dos", "También dos guardias", key="gc1", value=2, unit="officials", qualifier=None, subject=S_GC),
        T("\"Hay menores, jóvenes, personas mayores, familias, hay de todo\"", speaker=ALBALAT,
          attribution="ha lamentado la alcaldesa de Paiporta, Maribel Albalat"),
        Q("Al menos 102", value=102, unit="people", qualifier="at_least", subject=S_T102,
          note="link line of a live page ('Última hora de la DANA en València | Al menos 102 muertos')"),
        T("\"Según parece, buena parte de los muertos estaban intentando mover los coches\"", speaker=ALBALAT,
          attribution="ha explicado la alcaldesa"),
        R("ayer miércoles", note="30 October 2024"),
        T("\"incomunicada\"", speaker=ALBALAT, attribution="apunta la alcaldesa"),
        T("\"nada\"", speaker=ALBALAT, attribution="(apunta la alcaldesa) que ha señalado que ... no funcionaba"),
        Q("dos", "hay dos guardias", key="gc2", value=2, unit="officials", qualifier=None, subject=S_GC),
        Q("92", "las 92 víctimas", key="v92", value=92, unit="people", qualifier=None, subject=S_V92),
    ],
)

DOCS["390_ansalatina"] = dict(
    language="es",
    items=[
        Q("al menos 45", key="pai", value=45, unit="people", qualifier="at_least", subject=S_PAI),
        Q("seis", "entre ellas seis ancianos", key="pai6a", value=6, unit="people", qualifier=None, subject=S_PAI6),
        Q("25.000", key="pop", value=25000, unit="people", qualifier=None, subject=S_POP, note="'De 25.000 habitantes'"),
        Q("5", "situado a 5 kilómetros", key="dist", value=5, unit="kilometres", qualifier=None, subject=S_DIST),
        Q("Seis", "Seis de los fallecidos", key="pai6b", value=6, unit="people", qualifier=None, subject=S_PAI6),
        Q("más de un", "más de un metro", value=1, unit="metres", qualifier="more_than",
          subject="height the water reached on the ground floor of the Paiporta care home"),
        Q("115", value=115, unit="people", qualifier=None,
          subject="care-home residents the staff carried to the first floor in Paiporta"),
        R("hoy", "y hoy se confirmó", note="30 October 2024"),
        Q("seis", "fallecimiento de seis personas", key="pai6c", value=6, unit="people", qualifier=None, subject=S_PAI6),
        Q("Al menos dos", key="gc", value=2, unit="officials", qualifier="at_least", subject=S_GC,
          note="'Al menos dos agentes de la Guardia Civil'"),
        Q("decenas", "decenas de vehículos", value=24, unit="vehicles", qualifier="at_least",
          subject="vehicles swept away by the overflowing Barranco del Poyo in Paiporta", note="rough count 'decenas'"),
        Q("más de cinco", value=5, unit="hours", qualifier="more_than",
          subject="time a Levante photojournalist spent on a park ride above the torrent",
          note="'más de cinco hora' (sic)"),
        T("\"dantesca, con coches apilados en las calles, viviendas bajas destrozadas, sin luz ni agua\"",
          speaker=None, attribution="Describió la situación como (an unnamed photojournalist of Levante)"),
    ],
)

DOCS["391_bajopalabra"] = dict(
    language="es",
    items=[
        Q("Unas 95", key="t95a", value=95, unit="people", qualifier="about", subject=S_T95),
        R("la noche de este martes a miércoles", note="night of 29-30 October 2024"),
        R("la noche de este miércoles", note="30 October 2024"),
        Q("95", "miércoles 95 muertos", key="t95b", value=95, unit="people", qualifier=None, subject=S_T95),
        Q("92", "Valencia, 92 personas", key="v92a", value=92, unit="people", qualifier=None, subject=S_V92),
        Q("dos", "Otras dos personas", key="clm1", value=2, unit="people", qualifier=None, subject=S_CLM,
          note="'Otras dos': 'otras' is no qualifier"),
        Q("una", "una persona en Andalucía", key="and1", value=1, unit="people", qualifier=None, subject=S_AND,
          note="a count here ('dos ... en Castilla-La Mancha y una persona en Andalucía'), not an article"),
        Q("71", value=71, unit="years", qualifier=None, subject="age of the British man who died of hypothermia in Malaga"),
        Q("92", "de las 92 víctimas", key="v92b", value=92, unit="people", qualifier=None, subject=S_V92),
        Q("40", "40 perecieron", key="pai", value=40, unit="people", qualifier=None, subject=S_PAI,
          note="Torres: of the 92 dead in Valencia, 40 in Paiporta"),
        Q("seis", "seis de ellos", key="pai6", value=6, unit="people", qualifier=None, subject=S_PAI6),
        Q("dos", "suman dos fallecidos", key="clm2", value=2, unit="people", qualifier=None, subject=S_CLM),
        Q("uno", "uno más en la ciudad", key="and2", value=1, unit="people", qualifier=None, subject=S_AND,
          note="'uno más en la ciudad de Málaga': a count"),
        Q("miles", "miles de vehículos", value=2000, unit="vehicles", qualifier="at_least",
          subject="vehicles stuck on the roads", note="rough count 'miles'"),
        Q("tres", "decretó tres días", key="m", value=3, unit="days", qualifier=None, subject=S_MOURN),
        R("este jueves", note="31 October 2024, Sanchez's visit"),
    ],
)

DOCS["392_cadena3"] = dict(
    language="es",
    items=[
        Q("95", "ya a 95 personas", key="t95", value=95, unit="people", qualifier=None, subject=S_T95),
        Q("10", "a 10 kilómetros", key="dist", value=10, unit="kilometres", qualifier=None, subject=S_DIST),
        Q("más de 40", key="pai", value=40, unit="people", qualifier="more_than", subject=S_PAI),
        Q("200", "rescataron a 200", value=200, unit="people", qualifier=None,
          subject="people rescued by land during the night of 29-30 October 2024"),
        Q("varios centenares", value=200, unit="people", qualifier="at_least",
          subject="people still trapped on the A-3 and A-5 motorways", note="rough count 'centenares' (hundreds)"),
        N("A-3", reason="identifier", note="motorway"),
        N("A-5", reason="identifier", note="motorway"),
        Q("decenas", "Hay decenas de personas", key="miss", value=24, unit="people", qualifier="at_least",
          subject=S_MISS, note="rough count 'decenas' ('desaparecidas e incomunicadas')"),
        Q("superando los 100", value=100, unit="millimetres", qualifier="more_than",
          subject="rainfall in six hours (29 October 2024)"),
        Q("seis", "en solo seis horas", value=6, unit="hours", qualifier=None,
          subject="period of the more than 100 millimetres of rain"),
        T("\"las peores lluvias en 100 años\"", speaker=None, attribution="lo que representa (unattributed)"),
        Q("100", "lluvias en 100 años", value=100, unit="years", qualifier=None,
          subject="period over which these are the worst rains (inside the quote)"),
        T("\"Lo más operativo es quedarnos todos en casa\"", speaker=None,
          attribution="La portavoz de la organización [la Cruz Roja] declaró: (unnamed)"),
        Q("tres", "decretado tres días", key="m", value=3, unit="days", qualifier=None, subject=S_MOURN),
        Q("supera los 21°", value=21, unit="degrees", qualifier="more_than", subject="sea temperature"),
    ],
)

G = goldkit.Groups()
g = G.add

g("quantity", "agree",
  [("382", "t95a"), ("382", "t95b"), ("383", "t95a"), ("383", "t95b"), ("384", "t95a"), ("384", "t95b"),
   ("391", "t95a"), ("391", "t95b"), ("392", "t95")],
  "death toll of the evening of 30 October: 95 / at least 95 / unas 95; 'Nearly 100', 'nears 100', 'nearly a "
  "hundred' are compatible roundings")
g("quantity", "agree",
  [("382", "v92"), ("384", "v92"), ("389", "v92"), ("391", "v92a"), ("391", "v92b")],
  "92 dead in the Valencia region (30 October)")
g("quantity", "agree", [("382", "clm"), ("384", "clm"), ("391", "clm1"), ("391", "clm2")],
  "two dead in Castilla-La Mancha")
g("quantity", "agree", [("384", "and"), ("391", "and1"), ("391", "and2")],
  "one dead in Andalusia / Malaga (382 says 'a third', an ordinal not_claim)")
g("quantity", "single-source", [("381", "t72a"), ("381", "t72b")], "72 dead (El Pais' government sources), twice in 381")
g("quantity", "single-source", [("385", "t104a"), ("385", "t104b")], "toll as of Thursday: 'Over 100' (headline) and 104")
g("quantity", "agree",
  [("381", "m1"), ("381", "m2"), ("382", "m1"), ("382", "m2"), ("383", "m"), ("384", "m"), ("385", "m1"),
   ("385", "m2"), ("386", "m"), ("391", "m"), ("392", "m")],
  "three days of national mourning ('three-day', 'tres días de duelo / de luto oficial')")
g("quantity", "agree", [("383", "miss"), ("384", "miss"), ("392", "miss")],
  "dozens / decenas of people missing (30 October)")
g("quantity", "agree", [("381", "chiva"), ("387", "chiva"), ("388", "chiva")],
  "rainfall at Chiva: 491 litres per square metre (Brussels Times, EFE) / 490 (laSexta, rounded)")
g("quantity", "agree", [("386", "h8"), ("387", "h8")],
  "a year's worth of rain in eight hours / 491 litros en ocho horas")
g("quantity", "contradict", [("389", "pai"), ("390", "pai"), ("391", "pai"), ("392", "pai")],
  "deaths in Paiporta on 30-31 October: 'al menos 45' (El Nacional, ANSA) vs '40 perecieron' (Bajo Palabra, "
  "quoting Torres); Cadena 3's 'más de 40' is compatible with both")
g("quantity", "agree", [("389", "pai6"), ("390", "pai6a"), ("390", "pai6b"), ("390", "pai6c"), ("391", "pai6")],
  "six elderly residents of a Paiporta care home died")
g("quantity", "agree", [("389", "gc1"), ("389", "gc2"), ("390", "gc")], "two civil guards died in Paiporta")
g("quantity", "contradict", [("389", "pop"), ("390", "pop")],
  "population of Paiporta: 27.000 habitantes (El Nacional) vs 25.000 (ANSA)")
g("quantity", "contradict", [("390", "dist"), ("392", "dist")],
  "distance from Paiporta to Valencia: 5 kilómetros (ANSA) vs 10 kilómetros (Cadena 3)")
g("quantity", "agree", [("384", "pow"), ("385", "pow")], "115,000 people without power")
g("quantity", "agree", [("382", "d1973"), ("383", "d1973")],
  "deaths in the floods of (October) 1973: 300 (BGNES) vs 'at least 150' (TopNews): compatible as stated "
  "(300 is at least 150), though the figures differ by half; see the README's doubts")
g("date", "agree", [("382", "y1973"), ("383", "y1973")], "the 1973 floods: 'October 1973' / '1973'")
g("date", "agree", [("382", "d29a"), ("382", "d29b"), ("385", "d29")], "29 October (2024): the day of the floods")
g("quote", "variant", [("381", "q_year_h"), ("381", "q_year"), ("387", "q_year")],
  "Aemet: as much rain as in a full year ('As much rain as in a full year' / '[This is] practically as much rain "
  "as would be seen in a full year' / 'Esta cantidad supone lo que puede llover en un año completo', Rubén del Campo)")
g("quote", "variant", [("382", "q_missing"), ("383", "q_missing")],
  "the toll will rise because many are missing: 'will rise because we assume there are many missing' (Torres) / "
  "'many people are still missing' (the government)")


def build():
    goldkit.build(HERE, DOCS, G, MARKS)


if __name__ == "__main__":
    build()
