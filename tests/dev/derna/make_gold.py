"""Build the gold YAML files of tests/dev/derna (the Derna floods in Libya, Storm Daniel and the collapse of the two
dams on the night of 10-11 September 2023, and the following days' tolls, missing counts and estimates) from the
hand-written spec below.

Usage: python make_gold.py   (the shared builder, tests/goldkit.py, with a new spec)

Every claim and not_claim is located by an anchor (a unique context string in the raw file text) so that
offsets are computed, never typed. Ids are assigned per kind in document order; groups refer to claims by a
local key.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(next(p for p in Path(__file__).resolve().parents if p.name == "tests")))
import goldkit  # noqa: E402  (tests/goldkit.py: what every set's make_gold.py shares)
from goldkit import D, Marks, N, Q, R, T, TS  # noqa: E402

HERE = Path(__file__).resolve().parent

MARKS = Marks(["“", "«", '"', "‘", "'"],
              ["”", "»", '"', "’", "'"],
              pairs={"“": "”", "«": "»", '"': '"'})

HAQ = "Farhan Haq"
RAMADAN = "Tamer Ramadan"
CHKIOUAT = "Hichem Abu Chkiouat"
BUGEJA = "George Bugeja"
MADRUD = "Ahmed Madrud"

# subjects
S_T5300 = "death toll in Derna, eastern Libyan authorities' count of Tuesday 12 September 2023 (more than 5,300)"
S_MISS12 = "people missing after the floods, first estimates (12 September 2023)"
S_T11300 = ("death toll in Derna given by the Libyan Red Crescent (Thursday 14 September 2023) and repeated in "
            "OCHA's report before the revision (15-16 September; 11,300)")
S_M10100 = "people missing in Derna, the count given with the 11,300 (Libyan Red Crescent / OCHA, 14-16 September)"
S_ELSE170 = "dead elsewhere in eastern Libya (outside Derna), the count given with the 11,300"
S_MAYOR = "death toll the mayor of Derna, Abdel-Moneim al-Ghaithi, expected (estimate of 13-14 September 2023)"
S_T3958 = "death toll in Libya per the WHO, OCHA's revised report (16-17 September 2023)"
S_M9000 = "people still missing, OCHA's revised report (16-17 September 2023)"
S_POP = "population of Derna"
S_DAMS = "dams above Derna that collapsed"
S_BRIDGES = "bridges over the Wadi Derna that collapsed / were swept away"
S_VOL = "volume of water the collapse of the two dams released"
S_DESTR = "share of the city of Derna destroyed (mayor al-Ghaithi)"
S_SEA = "bodies the sea returns to the shore of Derna (rough count)"
S_ROUGH_DEAD = "people killed by the floods (rough count)"

DOCS = {}

DOCS["981_pledgetimes"] = dict(
    language="en",
    items=[
        Q("exceeded 5,300", key="t5300", value=5300, unit="people", qualifier="more_than", subject=S_T5300,
          note="the ministry's media official Muhammad Abu Moshe to the Libyan News Agency"),
        Q("thousands", "there are thousands missing", key="miss", value=2000, unit="people", qualifier="at_least",
          subject=S_MISS12, note="rough count 'thousands missing'"),
        Q("more than a decade", value=1, unit="decades", qualifier="more_than",
          subject="time Libya has been torn by chaos (since 2011)"),
        R("Tuesday", "Derna on Tuesday", note="12 September 2023"),
        Q("more than 36", value=36, unit="hours", qualifier="more_than",
          subject="time from the disaster to the arrival of foreign aid in Derna"),
        Q("about 89,000", key="pop", value=89000, unit="people", qualifier="about", subject=S_POP),
        Q("dozens", "showed dozens of bodies", value=24, unit="bodies", qualifier="at_least",
          subject="bodies dumped in the courtyard of a hospital in Derna (video)", note="rough count 'dozens'"),
    ],
)

DOCS["982_islamtimes"] = dict(
    language="en",
    items=[
        Q("exceeded 5,300", key="t5300a", value=5300, unit="people", qualifier="more_than", subject=S_T5300),
        R("Tuesday", "said on Tuesday", note="12 September 2023"),
        TS("“At the moment", speaker=None, attribution="a spokesperson of Libya's Ministry of Interior said"),
        Q("more than 5,300", key="t5300b", value=5300, unit="people", qualifier="more_than", subject=S_T5300,
          note="inside the quote"),
        Q("thousands", "with thousands of people", key="miss", value=2000, unit="people", qualifier="at_least",
          subject=S_MISS12, note="rough count 'thousands of people reported missing' (AFP, Red Cross source)"),
        TS('"The death toll is huge', speaker=RAMADAN,
           attribution="said Tamer Ramadan of the International Federation of Red Cross and Red Crescent Societies"),
        Q("thousands", "reach the thousands", value=2000, unit="people", qualifier="at_least",
          subject="death toll the IFRC expected (Tamer Ramadan, 12 September 2023)",
          note="inside the quote; rough count 'the thousands' (span without the article)"),
    ],
)

DOCS["983_thenews"] = dict(
    language="en",
    items=[
        Q("11,300", "risen to 11,300", key="t11300", value=11300, unit="people", qualifier=None, subject=S_T11300),
        Q("thousands", "for thousands missing", key="miss", value=2000, unit="people", qualifier="at_least",
          subject=S_M10100, note="rough count 'thousands missing'; the same missing as the 10,100 of the next paragraph"),
        Q("10,100", "another 10,100", key="m10100", value=10100, unit="people", qualifier=None, subject=S_M10100,
          note="'another 10,100 individuals are listed as missing'; the secretary-general is Marie el-Drese"),
        Q("5,500", value=5500, unit="people", qualifier=None,
          subject="previous death toll in Derna estimated by the health authorities"),
        Q("About 170", key="else", value=170, unit="people", qualifier="about", subject=S_ELSE170),
        Q("20,000", "could reach 20,000", key="mayor", value=20000, unit="people", qualifier=None, subject=S_MAYOR),
        R("Sunday night", "On Sunday night", note="10 September 2023"),
        D("2011", date="2011", note="the uprising that deposed Muammar Gaddafi"),
        N("one", "recounted one injured", reason="other", note="pronoun/article 'one' (an unnamed survivor)"),
        TS("“Within seconds", speaker=None,
           attribution="recounted one injured survivor ..., Al Jazeera reported (unnamed)"),
    ],
)

DOCS["984_businessstandard"] = dict(
    language="en",
    items=[
        Q("at least 3,958", key="t3958a", value=3958, unit="people", qualifier="at_least", subject=S_T3958),
        Q("11,300", "instead of 11,300", key="t11300a", value=11300, unit="people", qualifier=None, subject=S_T11300,
          note="the figure OCHA had reported before the revision"),
        R("Sunday morning", "updated on Sunday morning", note="17 September 2023"),
        Q("3,958", "toll at 3,958", key="t3958b", value=3958, unit="people", qualifier=None, subject=S_T3958),
        Q("over 9000", key="m9000", value=9000, unit="people", qualifier="more_than", subject=S_M9000),
        Q("at least 11,300", key="t11300b", value=11300, unit="people", qualifier="at_least", subject=S_T11300),
        R("Saturday", "for Saturday's report", note="16 September 2023 (OCHA's previous report)"),
        R("Sunday", "told CNN on Sunday", note="17 September 2023"),
        TS('"We\'re going', key="q_verified", speaker=HAQ,
           attribution="Farhan Haq, deputy spokesman for the UN Secretary-General, told CNN on Sunday"),
        TS('"In a lot', key="q_revising", speaker=HAQ, attribution="Haq said"),
        TS('"Standard procedure', key="q_procedure", speaker=HAQ, attribution="He added (Haq)"),
        T('"can go upward or downward."', key="q_fluid", speaker=HAQ,
          attribution="The deputy spokesperson said the death toll figures are fluid and (partial quote)"),
        Q("at least 120,000", key="pop", value=120000, unit="people", qualifier="at_least", subject=S_POP,
          note="'an estimated population of at least 120,000'"),
        Q("two", "after two dams south", key="dams", value=2, unit="dams", qualifier=None, subject=S_DAMS),
    ],
)

DOCS["985_posthuff"] = dict(
    language="en",
    items=[
        Q("nearly 4,000", key="t3958a", value=4000, unit="people", qualifier="about", subject=S_T3958,
          note="rounding of 3,958"),
        Q("11,300", "drop from 11,300", key="t11300a", value=11300, unit="people", qualifier=None, subject=S_T11300),
        Q("several thousand", value=2000, unit="people", qualifier="at_least",
          subject="size of the downward revision of the death toll (11,300 to 3,958)",
          note="rough count 'several thousand'"),
        N("5 p.m.", reason="time", note="time of OCHA's update (local time)"),
        R("Saturday", "local time Saturday update",
          note="16 September 2023 as written; 984 and 992 date the revised report Sunday morning (17 September)"),
        R("earlier this month", "earlier earlier this month", note="September 2023 ('earlier earlier' as written)"),
        Q("3,958", "has killed 3,958", key="t3958b", value=3958, unit="people", qualifier=None, subject=S_T3958),
        R("Friday", "OCHA on Friday", note="15 September 2023 as written; 984 and 992 say Saturday's report"),
        Q("at least 11,300", key="t11300b", value=11300, unit="people", qualifier="at_least", subject=S_T11300,
          note="'died in Derma' (typo for Derna)"),
        R("Saturday", "In its Saturday update", note="16 September 2023 as written"),
        Q("more than 9,000", key="m9000", value=9000, unit="people", qualifier="more_than", subject=S_M9000),
        TS("“In a lot", key="q_revising", speaker=HAQ, attribution="Haq said"),
        TS("“Standard procedure", key="q_procedure", speaker=HAQ, attribution="(continues Haq's words)"),
        D("Sept. 10", date="--09-10", note="the storm hit Libya (2023)"),
        Q("Two", "Two dams collapsed", key="dams", value=2, unit="dams", qualifier=None, subject=S_DAMS),
        R("Saturday", "report on Saturday", note="16 September 2023 as written"),
        Q("two", "two more dams", value=2, unit="dams", qualifier=None,
          subject="further dams in the northeast feared to fail (OCHA)"),
        TS("“The humanitarian situation", speaker=None, attribution="the update sa[id] (OCHA's report)",
           note="the excerpt is cut right after the quote, inside 'said'"),
    ],
)

DOCS["986_usanews"] = dict(
    language="en",
    items=[
        Q("two", "rupture of the two dams", key="dams_a", value=2, unit="dams", qualifier=None, subject=S_DAMS),
        Q("33 million", key="vol", value=33000000, unit="cubic meters", qualifier=None, subject=S_VOL,
          note="'a tsunami of 33 million cubic meters'"),
        Q("100,000", "city of 100,000 inhabitants", key="pop", value=100000, unit="inhabitants", qualifier=None,
          subject=S_POP),
        Q("250", value=250, unit="kilometers", qualifier=None, subject="distance of Derna east of Benghazi"),
        Q("575", value=575, unit="square kilometers", qualifier=None, subject="area of the Wadi Derna valley basin"),
        N("one", "the one of 1959", reason="other", note="pronoun 'one' (= the flood)"),
        D("1959", date="1959", note="a particularly catastrophic flood"),
        D("1970", date="1970", note="a Yugoslav company built the two dams"),
        Q("two", "built the two dams", key="dams_b", value=2, unit="dams", qualifier=None, subject=S_DAMS),
        D("1986", date="1986", note="downpours in which the dams prevented major damage"),
        Q("one", "which is one kilometer", value=1, unit="kilometers", qualifier=None,
          subject="distance of the Al-Bilad (Derna) dam south of the city"),
        Q("1.5 million", value=1500000, unit="cubic meters", qualifier=None,
          subject="storage capacity of the Al-Bilad (Derna) dam"),
        Q("Thirteen", value=13, unit="kilometers", qualifier=None,
          subject="distance of the Abu Mansour dam further south of the Al-Bilad dam"),
        Q("up to 22.5 million", value=22500000, unit="cubic meters", qualifier="at_most",
          subject="storage capacity of the Abu Mansour dam"),
        Q("50", "The last 50 years", value=50, unit="years", qualifier=None,
          subject="years without floods in the Wadi Derna before 2023"),
        TS("“The dams have not", speaker=MADRUD, attribution="lamented the vice mayor of Derna, Ahmed Madrud"),
        D("2002", key="maint", date="2002", note="inside the quote: the dams not maintained since 2002"),
        T("“are not particularly large”", speaker=MADRUD, attribution="he added (Madrud)"),
    ],
)

DOCS["987_alertageo"] = dict(
    language="es",
    items=[
        Q("miles", "mató a miles de personas", value=2000, unit="people", qualifier="at_least",
          subject=S_ROUGH_DEAD + ", about 13-14 September 2023",
          note="rough count 'miles de'"),
        R("El domingo por la noche", note="10 September 2023"),
        R("El miércoles", note="13 September 2023"),
        Q("3.840", value=3840, unit="people", qualifier=None,
          subject="deaths registered in Derna, interior ministry spokesman Tarek al-Kharraz to AFP (Wednesday 13 September 2023)"),
        Q("3.190", value=3190, unit="people", qualifier=None,
          subject="of the 3,840 dead, those already buried (13 September 2023)"),
        Q("al menos 400", value=400, unit="people", qualifier="at_least",
          subject="foreigners among the dead (mostly from Sudan and Egypt)"),
        Q("más de 5 mil 300", key="t5300", value=5300, unit="people", qualifier="more_than", subject=S_T5300,
          note="Hichem Abu Chkiouat to Reuters; '5 mil 300' = 5300"),
        N("duplicarse", "pueda duplicarse", reason="other",
          note="'es probable que esta cifra aumente ... e incluso pueda duplicarse': a possibility, no figure stated"),
        Q("entre 18 000 y 20 000", key="mayor", value=18000, unit="people", qualifier="at_least", subject=S_MAYOR,
          note="range: one claim, at least the first number and at most the second (20,000), as morandi's "
               "'between 30 and 35'"),
    ],
)

DOCS["988_alfayomega"] = dict(
    language="es",
    items=[
        Q("20.000", "ascender a 20.000", key="mayor_a", value=20000, unit="people", qualifier=None, subject=S_MAYOR,
          note="headline"),
        Q("25 %", "destruido un 25 %", key="destr_a", value=25, unit="percent", qualifier=None, subject=S_DESTR,
          note="standfirst; 'un' is the article, outside the span"),
        T("«Aquí el mar devuelve cadáveres constantemente»", key="q_sea_a", speaker=CHKIOUAT,
          attribution="ha asegurado el ministro de Aviación Civil (named in the text: Hichem Abu Chkiouat)"),
        R("el pasado lunes", note="11 September 2023"),
        Q("hasta los 20.000", key="mayor_b", value=20000, unit="people", qualifier="at_most", subject=S_MAYOR,
          note="'podría aumentar hasta los 20.000'"),
        Q("miles", "búsqueda de miles", value=2000, unit="people", qualifier="at_least",
          subject="people missing in Derna (rough count, 13-14 September)", note="rough count 'miles de'"),
        T("«el mar arroja cadáveres constantemente»", key="q_sea_b", speaker=CHKIOUAT,
          attribution="Según Hichem Abu Chkiouat, ministro de Aviación Civil de la zona este"),
        Q("25 %", "destrucción del 25 %", key="destr_b", value=25, unit="percent", qualifier=None, subject=S_DESTR),
        D("2008", key="maint", date="2008",
          note="the mayor to Al Arabiya: the city's dam had not been maintained since 2008"),
        D("2011", date="2011", note="capture and execution of Gaddafi"),
        T("«en la ciudad la situación es tranquila y no hay problemas»", speaker=BUGEJA,
          attribution="el vicario apostólico de la ciudad, George Bugeja, ha declarado a la agencia italiana SIR"),
        T("«también se han encontrado cadáveres de inmigrantes»", speaker=BUGEJA, attribution="donde, asegura (Bugeja)"),
        Q("más de 600.000", value=600000, unit="migrants", qualifier="more_than",
          subject="migrants in Libya (UN data)"),
        Q("40", "de 40 nacionalidades", value=40, unit="nationalities", qualifier=None,
          subject="nationalities of the migrants in Libya"),
        Q("40.000", "entre ellos 40.000", value=40000, unit="asylum seekers", qualifier=None,
          subject="registered asylum seekers in Libya"),
        D("2015", date="2015", note="start of the repatriations"),
        Q("más de 60.000", value=60000, unit="migrants", qualifier="more_than",
          subject="migrants Libya has repatriated since 2015"),
    ],
)

DOCS["989_eltiempo"] = dict(
    language="es",
    items=[
        R("el domingo pasado", note="10 September 2023"),
        Q("al menos 7 mil", value=7000, unit="people", qualifier="at_least",
          subject="death toll of the floods (EFE, about 13-14 September 2023)"),
        Q("más de 10 mil", value=10000, unit="people", qualifier="more_than",
          subject="people missing (EFE, about 13-14 September 2023)"),
        Q("cientos", "arrojando cientos", value=200, unit="bodies", qualifier="at_least",
          subject="bodies the sea has washed ashore (cumulative)", note="rough count 'cientos de'"),
        N("cuarta", "la cuarta ciudad", reason="rank", note="Derna, 'la cuarta ciudad más grande de Libia'"),
        Q("120 mil", key="pop", value=120000, unit="inhabitants", qualifier=None, subject=S_POP),
        Q("dos", "colapsar dos presas", key="dams", value=2, unit="dams", qualifier=None, subject=S_DAMS),
        Q("33 millones", key="vol", value=33000000, unit="liters", qualifier=None, subject=S_VOL,
          note="'33 millones de litros' (EFE); other reports give 33 million cubic meters"),
    ],
)

DOCS["990_libertaddigital"] = dict(
    language="es",
    items=[
        Q("cerca de 11.300", key="t11300", value=11300, unit="people", qualifier="about", subject=S_T11300,
          note="attributed to OCHA (its report of 16 September)"),
        Q("10.100", "otras 10.100", key="m10100", value=10100, unit="people", qualifier=None, subject=S_M10100,
          note="'otras 10.100 personas seguían desaparecidas' ('otras' = another, not a qualifier)"),
        Q("170", key="else", value=170, unit="people", qualifier=None, subject=S_ELSE170),
        Q("miles", "dejado miles de muertos", value=2000, unit="people", qualifier="at_least",
          subject=S_ROUGH_DEAD + ", about 16-18 September 2023",
          note="rough count 'miles de'"),
        Q("dos", "colapso de dos represas", key="dams_a", value=2, unit="dams", qualifier=None, subject=S_DAMS),
        Q("decenas", "devolviendo decenas", key="sea", value=20, unit="bodies", qualifier="at_least", subject=S_SEA,
          note="rough count 'decenas de'"),
        N("cuarta", "la cuarta más grande", reason="rank", note="Derna, 'la cuarta más grande' (EFE wording, as 989)"),
        Q("120.000", key="pop", value=120000, unit="inhabitants", qualifier=None, subject=S_POP),
        R("ayer", "era hasta ayer", note="the day before the (undated) report, about 16-17 September 2023"),
        Q("dos", "colapsar dos presas", key="dams_b", value=2, unit="dams", qualifier=None, subject=S_DAMS),
        Q("33 millones", key="vol", value=33000000, unit="liters", qualifier=None, subject=S_VOL,
          note="'33 millones de litros' (EFE wording, as 989)"),
        Q("cuatro", "los cuatro puentes", key="bridges", value=4, unit="bridges", qualifier=None, subject=S_BRIDGES,
          note="'arrastraron hasta el mar ... los cuatro puentes que atraviesan el río Derna'"),
    ],
)

DOCS["991_elvallenoticias"] = dict(
    language="es",
    items=[
        R("la noche del jueves", note="14 September 2023"),
        Q("11,300", "los 11,300", key="t11300", value=11300, unit="people", qualifier="more_than", subject=S_T11300,
          note="'superaba hasta la noche del jueves los 11,300': the verb of the qualifier is separated from the "
               "number by the time phrase, so the span is the number alone"),
        Q("casi más del 10%", value=10, unit="percent", qualifier="more_than",
          subject="share of Derna's population killed (11,300 of about 100,000)",
          note="'casi más del 10%' as written ('casi' and 'más del' together); 11,300 of 100,000 is 11.3%"),
        Q("cerca de 100,000", key="pop", value=100000, unit="inhabitants", qualifier="about", subject=S_POP),
        N("duplicarse", "incluso duplicarse", reason="other",
          note="'el total podría incluso duplicarse': a possibility, no figure stated"),
        Q("cerca de 10,100", key="m10100", value=10100, unit="people", qualifier="about", subject=S_M10100),
        Q("20,000", "aumentar a 20,000", key="mayor", value=20000, unit="people", qualifier=None, subject=S_MAYOR),
        Q("Dos", "Dos presas", key="dams", value=2, unit="dams", qualifier=None, subject=S_DAMS),
        Q("cinco", "cinco puentes", key="bridges", value=5, unit="bridges", qualifier=None, subject=S_BRIDGES),
        R("la noche del sábado", note="as written (Saturday 9 September); the storm struck on Sunday night 10 September"),
        R("la madrugada del domingo",
          note="as written (early Sunday 10 September); the dams broke early on Monday 11 September"),
        Q("Cinco", "Cinco días más tarde", value=5, unit="days", qualifier=None,
          subject="time from the storm to the shortage of body bags"),
        T("“el mar devuelve constantemente decenas de cadáveres”", key="q_sea", speaker=CHKIOUAT,
          attribution="Hichem Abu Chkiouat, ministro de Aviación Civil ... dijo que"),
        Q("decenas", "constantemente decenas", key="sea", value=20, unit="bodies", qualifier="at_least", subject=S_SEA,
          note="inside the quote; rough count 'decenas de'"),
        Q("superará los miles de millones", value=2000000000, unit="dollars", qualifier="more_than",
          subject="cost of rebuilding Derna (Abu Chkiouat)",
          note="rough count 'miles de millones' (billions, 2e9) after 'superará los'; span without 'de dólares'"),
    ],
)

DOCS["992_somosaltiplano"] = dict(
    language="es",
    items=[
        Q("UN", "REPORTADA UN DÍA", value=1, unit="days", qualifier=None,
          subject="time between OCHA's 11,300 report and its revision", note="headline ('UN DÍA ANTES')"),
        R("el domingo por la mañana", note="17 September 2023"),
        Q("al menos 3.958", key="t3958", value=3958, unit="people", qualifier="at_least", subject=S_T3958),
        Q("más de 9.000", key="m9000", value=9000, unit="people", qualifier="more_than", subject=S_M9000),
        R("sábado", "informe inicial del sábado", note="16 September 2023"),
        Q("al menos 11.300", key="t11300", value=11300, unit="people", qualifier="at_least", subject=S_T11300),
        R("sábado", "del informe del sábado", note="16 September 2023"),
        T("«Usaremos las cifras recién verificadas por la OMS»", key="q_verified", speaker=HAQ,
          attribution="dijo a CNN el domingo Farhan Haq, portavoz adjunto del secretario general de la ONU"),
        R("el domingo", "CNN el domingo", note="17 September 2023"),
        Q("más de un siglo", value=1, unit="centuries", qualifier="more_than",
          subject="period in which the Libya floods are the deadliest in Africa"),
        Q("20", "entre las 20", value=20, unit="floods", qualifier=None,
          subject="size of the ranking of the deadliest floods worldwide since 1900 that includes Libya's"),
        D("1900", "mundo desde 1900", date="1900", note="start of the worldwide ranking"),
        D("2019", date="2019", note="the previous major flood in Libya"),
        Q("cuatro", "cuando cuatro personas", value=4, unit="people", qualifier=None,
          subject="death toll of Libya's 2019 flood"),
        Q("miles", "y miles resultaron", value=2000, unit="people", qualifier="at_least",
          subject="people affected by Libya's 2019 flood", note="rough count 'miles'"),
        D("2023", "magnitud en 2023", date="2023", note="this year's floods"),
        N("Las 10 inundaciones más mortíferas en África desde 1900", reason="chrome",
          note="title of an embedded chart, not article text"),
        TS("“en muchas tragedias", key="q_revising", speaker=HAQ, attribution="Haq dijo"),
        TS("“El procedimiento", key="q_procedure", speaker=HAQ, attribution="explicó Haq"),
        T("“pueden subir o bajar”", key="q_fluid", speaker=HAQ,
          attribution="El portavoz adjunto dijo que las cifras del número de muertos son variables (partial quote)"),
    ],
)

G = goldkit.Groups()
g = G.add

g("quantity", "agree",
  [("981", "t5300"), ("982", "t5300a"), ("982", "t5300b"), ("987", "t5300")],
  "eastern authorities' toll of Tuesday 12 September: exceeded / more than 5,300 (interior ministry via the "
  "Libyan News Agency in 981 and 982; Hichem Abu Chkiouat to Reuters, 'más de 5 mil 300', in 987)")
g("quantity", "agree", [("981", "miss"), ("982", "miss")],
  "thousands missing, 12 September (rough counts)")
g("quantity", "agree",
  [("983", "t11300"), ("984", "t11300a"), ("984", "t11300b"), ("985", "t11300a"), ("985", "t11300b"),
   ("990", "t11300"), ("991", "t11300"), ("992", "t11300")],
  "the Libyan Red Crescent's 11,300 dead in Derna (14 September), repeated in OCHA's report of 16 September: "
  "11,300 / at least 11,300 / cerca de 11.300 / superaba los 11,300 / al menos 11.300")
g("quantity", "agree", [("983", "miss"), ("983", "m10100"), ("990", "m10100"), ("991", "m10100")],
  "missing with the 11,300: 10,100 / otras 10.100 / cerca de 10,100 (983's 'thousands missing' is the same count)")
g("quantity", "agree", [("983", "else"), ("990", "else")],
  "dead elsewhere in eastern Libya: about 170 / 170 personas más")
g("quantity", "agree",
  [("983", "mayor"), ("987", "mayor"), ("988", "mayor_a"), ("988", "mayor_b"), ("991", "mayor")],
  "the mayor's estimate: could reach 20,000 / entre 18 000 y 20 000 / hasta los 20.000")
g("quantity", "agree",
  [("984", "t3958a"), ("984", "t3958b"), ("985", "t3958a"), ("985", "t3958b"), ("992", "t3958")],
  "OCHA's revised toll citing the WHO: (at least) 3,958 / nearly 4,000 / al menos 3.958")
g("quantity", "agree", [("984", "m9000"), ("985", "m9000"), ("992", "m9000")],
  "missing in the revised report: over 9000 / more than 9,000 / más de 9.000")
g("quantity", "contradict",
  [("981", "pop"), ("984", "pop"), ("986", "pop"), ("989", "pop"), ("990", "pop"), ("991", "pop")],
  "population of Derna: about 89,000 (Pledge Times) vs 100,000 (USA News) / cerca de 100,000 (El Valle) vs "
  "(at least) 120,000 (Business Standard; EFE's '120 mil' / '120.000' in El Tiempo and Libertad Digital)")
g("quantity", "agree",
  [("984", "dams"), ("985", "dams"), ("986", "dams_a"), ("986", "dams_b"), ("989", "dams"), ("990", "dams_a"),
   ("990", "dams_b"), ("991", "dams")],
  "two dams collapsed: two / Two / dos presas / dos represas / Dos presas")
g("quantity", "contradict", [("990", "bridges"), ("991", "bridges")],
  "bridges over the Wadi Derna swept away: 'los cuatro puentes que atraviesan el río Derna' (Libertad Digital) vs "
  "'cinco puentes colapsaron' (El Valle Noticias)")
g("quantity", "contradict", [("986", "vol"), ("989", "vol"), ("990", "vol")],
  "water released by the dams: 33 million cubic meters (USA News) vs '33 millones de litros' (EFE wording in El "
  "Tiempo and Libertad Digital): liters for cubic meters, a factor of 1,000")
g("quantity", "single-source", [("988", "destr_a"), ("988", "destr_b")],
  "25 % of Derna destroyed (standfirst and body of Alfa y Omega)")
g("quantity", "agree", [("990", "sea"), ("991", "sea")],
  "the sea returns dozens of bodies: decenas de cadáveres (Libertad Digital; inside Abu Chkiouat's quote in El Valle)")
g("date", "contradict", [("986", "maint"), ("988", "maint")],
  "the dams had not been maintained since 2002 (vice mayor Ahmed Madrud, USA News) vs since 2008 (the mayor to Al "
  "Arabiya, via Europa Press in Alfa y Omega)")
g("quote", "variant", [("984", "q_verified"), ("992", "q_verified")],
  "Haq to CNN: \"We're going with figures just verified by WHO.\" / «Usaremos las cifras recién verificadas por la "
  "OMS» (translation)")
g("quote", "variant", [("984", "q_revising"), ("985", "q_revising"), ("992", "q_revising")],
  "Haq: \"In a lot of different tragedies we end up revising our numbers. So that's just what's happening here.\" "
  "(CNN via ANI) / UPI drops 'just' ('So, that's what's happening here') / Spanish translation with 'precisamente'")
g("quote", "variant", [("984", "q_procedure"), ("985", "q_procedure"), ("992", "q_procedure")],
  "Haq: \"Standard procedure is we work with different parties ... cross-checked.\" (UPI: 'cross checked', "
  "punctuation only) / Spanish translation ('verificados')")
g("quote", "variant", [("984", "q_fluid"), ("992", "q_fluid")],
  "Haq: the figures \"can go upward or downward.\" / “pueden subir o bajar” (translation)")
g("quote", "variant", [("988", "q_sea_a"), ("988", "q_sea_b"), ("991", "q_sea")],
  "Abu Chkiouat: «Aquí el mar devuelve cadáveres constantemente» / «el mar arroja cadáveres constantemente» (both "
  "Alfa y Omega) / “el mar devuelve constantemente decenas de cadáveres” (El Valle Noticias)")


def build():
    goldkit.build(HERE, DOCS, G, MARKS)


if __name__ == "__main__":
    build()
