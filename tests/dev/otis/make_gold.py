"""Build the gold YAML files of tests/dev/otis (Hurricane Otis strikes Acapulco, 25 October 2023, and the
following days' tolls) from the hand-written spec below.

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

AMLO = "Andres Manuel Lopez Obrador"
ROSA = "Rosa Icela Rodriguez"
KLOTZBACH = "Phil Klotzbach"
OJEDA = "Jose Rafael Ojeda"
MARQUEZ = "Alejandro Marquez"

MPH = "miles per hour"
KMH = "kilometers per hour"

# subjects
S_WIND = "maximum sustained winds of Otis at landfall (NHC: 165 mph, 266 km/h)"
S_CAT = "Saffir-Simpson category of Otis at landfall"
S_12H = "time in which Otis intensified from a tropical storm to a major hurricane (65 to 145 mph)"
S_T27 = "death toll from Otis, first official count (Thursday 26 October 2023)"
S_M4 = "people missing after Otis, first official count (Thursday 26 October 2023)"
S_T39 = "death toll from Otis, official count of Saturday 28 October 2023"
S_MEN = "men among the 39 dead (28 October 2023)"
S_WOMEN = "women among the 39 dead (28 October 2023)"
S_M10 = "people missing, official count of Saturday 28 October 2023"
S_T43 = "death toll from Otis given on Sunday 29 October 2023 (morning, Guerrero's governor)"
S_T48 = "death toll from Otis, federal civil protection statement of Sunday 29 October 2023 (evening)"
S_T48A = "dead in Acapulco, of the 48 (civil protection, 29 October 2023)"
S_T48C = "dead in Coyuca de Benitez, of the 48 (civil protection, 29 October 2023)"
S_T45 = "death toll from Otis confirmed by Guerrero's prosecutors, Monday 30 October 2023"
S_M47 = "people missing whose relatives gave genetic samples, Monday 30 October 2023"
S_FOR = "foreigners (residents of Acapulco) among the dead"
S_US = "Americans among the dead"
S_SWE = "Swedish citizens among the missing later located"
S_LOC = "people reported missing and later located (30 October 2023)"
S_BOATS = "boats sunk in Acapulco Bay"
S_HOT = "share of Acapulco's hotels damaged"
S_AMLO_VISIT = "date of Lopez Obrador's road trip to Acapulco (vehicle stuck in mud)"

DOCS = {}

DOCS["961_fox7austin"] = dict(
    language="en",
    items=[
        Q("5", "at Category 5 intensity early", key="cat", value=5, unit="category", qualifier=None, subject=S_CAT),
        R("early Wednesday", "intensity early Wednesday", note="25 October 2023 (landfall)"),
        Q("up to 165", key="wind", value=165, unit=MPH, qualifier="at_most", subject=S_WIND),
        Q("some 5", value=5, unit="miles", qualifier="about", subject="distance of the landfall point south of Acapulco"),
        N("1:25 a.m.", reason="time", note="time of landfall (CDT)"),
        R("Wednesday", "CDT Wednesday", note="25 October 2023"),
        Q("5", "landfall at Category 5 intensity.", key="cat2", value=5, unit="category", qualifier=None,
          subject=S_CAT, note="'the first time an Eastern Pacific hurricane made landfall at Category 5 intensity' (Otis)"),
        TS('"A nightmare', speaker=None, attribution="the NHC warned in its forecast discussion"),
        R("this evening", "Mexico this evening", note="inside the quote; Tuesday 24 October 2023"),
        R("Tuesday night", note="24 October 2023"),
        TS('"… This', speaker=None, attribution="(continues) the NHC warned in its forecast discussion"),
        R("early on Wednesday", note="inside the quote; 25 October 2023"),
        T('"potentially catastrophic"', speaker=None, attribution="Residents ... were warned (NHC warning words)"),
        T('"life-threatening"', speaker=None, attribution="Residents ... were warned (NHC warning words)"),
        TS('"Hurricane Otis has', speaker=KLOTZBACH,
           attribution="Colorado State University hurricane specialist Phil Klotzbach wrote on X"),
        Q("80", "by 80 mph", value=80, unit=MPH, qualifier=None,
          subject="increase of Otis's winds in 12 hours (Klotzbach)", note="inside the quote"),
        Q("12", "past 12 hours", key="h12", value=12, unit="hours", qualifier=None, subject=S_12H,
          note="inside the quote"),
        Q("65", "from 65 mph", value=65, unit=MPH, qualifier=None,
          subject="Otis's winds 12 hours before Tuesday evening (Klotzbach)", note="inside the quote"),
        Q("145", "to 145 mph", value=145, unit=MPH, qualifier=None,
          subject="Otis's winds on Tuesday evening (Klotzbach)", note="inside the quote"),
        R("Tuesday evening", note="24 October 2023"),
        Q("4", "a Category 4 hurricane", value=4, unit="category", qualifier=None,
          subject="category of Otis on Tuesday evening, 24 October 2023"),
        Q("12", "fastest 12-hour", key="h12b", value=12, unit="hours", qualifier=None, subject=S_12H,
          note="the window of the intensification-rate record Otis broke; the same 12 hours as Klotzbach's post"),
        N("180°", "to 180°", reason="other", note="longitude bounding the eastern North Pacific basin"),
        D("1966", date="1966", note="start of the satellite era"),
        Q("75", "record of 75 mph", value=75, unit=MPH, qualifier=None,
          subject="old 12-hour intensification record (Hurricane Patricia, 2015)"),
        Q("12", "mph/12 hours", value=12, unit="hours", qualifier=None, subject="window of Patricia's 2015 record"),
        D("2015", "Patricia in 2015", date="2015", note="Hurricane Patricia's record"),
        N('"', 'in 2015."', reason="other",
          note="closing mark without an opening one (the sentence seems to continue Klotzbach's post)"),
        R("Wednesday", "news conference Wednesday", note="25 October 2023"),
    ],
)

DOCS["962_independent"] = dict(
    language="en",
    items=[
        Q("27", "death toll at 27 people", key="t27", value=27, unit="people", qualifier=None, subject=S_T27,
          note="standfirst"),
        N("Friday 27 October 2023", reason="chrome", note="page timestamp"),
        N("22:49", reason="time", note="page timestamp"),
        R("midnight on Wednesday", "shortly after midnight on Wednesday",
          note="landfall, night of 24-25 October 2023 ('shortly after' left outside)"),
        Q("165", "with 165mph", key="wind", value=165, unit=MPH, qualifier=None, subject=S_WIND),
        Q("At least 27", key="t27b", value=27, unit="people", qualifier="at_least", subject=S_T27),
        Q("four", "and four are missing", key="m4", value=4, unit="people", qualifier=None, subject=S_M4),
        R("Thursday", "Guerrero state on Thursday",
          note="Thursday 26 October 2023 as written; the photo caption dates the trip October 25 (Wednesday)"),
        N("42", "Kilometro 42", reason="identifier", note="name of a community (kilometre marker)"),
        D("October 25", date="--10-25", note="photo caption: the president's vehicle stuck in mud (2023)"),
        Q("roughly three", value=3, unit="miles", qualifier="about", subject="distance Lopez Obrador walked to Acapulco"),
        R("Thursday", "the city on Thursday", note="Thursday 26 October 2023 as written (see the caption)"),
        TS("“When is", speaker=None, attribution="one resident asked, according to The Associated Press"),
    ],
)

DOCS["963_ninaworldnews"] = dict(
    language="en",
    items=[
        Q("5", "This Category 5", key="cat", value=5, unit="category", qualifier=None, subject=S_CAT),
        R("earlier this week", note="the week of 23 October 2023"),
        R("Wednesday", "On Wednesday, it", note="25 October 2023"),
        Q("165", "winds of 165", key="wind", value=165, unit=MPH, qualifier=None, subject=S_WIND),
        Q("27", "reported 27 deaths", key="t27", value=27, unit="people", qualifier=None, subject=S_T27),
        Q("four", "and four missing", key="m4", value=4, unit="people", qualifier=None, subject=S_M4),
        Q("10", "that 10 people", value=10, unit="people", qualifier=None, subject=S_M10),
        Q("thousands", "as thousands of residents", value=2000, unit="residents", qualifier="at_least",
          subject="residents struggling to access food and water"),
        Q("29", "29 men", key="men", value=29, unit="people", qualifier=None, subject=S_MEN),
        Q("10", "10 women", key="women", value=10, unit="people", qualifier=None, subject=S_WOMEN),
        Q("Over 220,000", value=220000, unit="homes", qualifier="more_than", subject="homes affected (28 October)"),
        Q("80%", "and 80% of the hotel", key="hot", value=80, unit="percent", qualifier=None, subject=S_HOT,
          note="'80% of the hotel sector'"),
        Q("more than 513,000", value=513000, unit="people", qualifier="more_than",
          subject="people who lost power (28 October)"),
        Q("billions", "into billions of dollars", value=2000000000, unit="dollars", qualifier="at_least",
          subject="estimated cost of the destruction left by Otis"),
        Q("over 8,000", value=8000, unit="troops", qualifier="more_than",
          subject="armed forces members deployed to Acapulco"),
    ],
)

_OTIS = "quoted name of the hurricane"
DOCS["964_beforeitsnews"] = dict(
    language="en",
    items=[
        Q("39", "Rises to 39 in the Aftermath", key="t39a", value=39, unit="people", qualifier=None, subject=S_T39,
          note="headline"),
        N("“Otis”", "Hurricane “Otis” in Acapulco Roman", note=_OTIS),
        N("November 2, 2023", reason="chrome", note="byline date"),
        N("061", "2023061 views", reason="chrome", note="comment and view counters run together ('0' and '61 views')"),
        N("“Otis,”", "Hurricane “Otis,” resulting", note=_OTIS),
        Q("39", "in 39 casualties", key="t39b", value=39, unit="people", qualifier=None, subject=S_T39),
        N("“Otis”", "from Hurricane “Otis” Rises", note=_OTIS),
        Q("39", "Rises to 39 Hurricane", key="t39c", value=39, unit="people", qualifier=None, subject=S_T39,
          note="subheading"),
        N("“Otis”", "39 Hurricane “Otis” struck", note=_OTIS),
        R("the early hours of Wednesday", "force in the early hours of Wednesday", note="25 October 2023"),
        Q("39", "risen to 39", key="t39d", value=39, unit="people", qualifier=None, subject=S_T39),
        N("“Otis”", "After Hurricane “Otis” hit", note=_OTIS),
        Q("39", "has reached 39", key="t39e", value=39, unit="people", qualifier=None, subject=S_T39),
        TS("“The prosecutor’s", speaker=ROSA,
           attribution="said Minister of Security Rosa Icela Rodríguez in a video message"),
        Q("39", "estimates 39 deaths", key="t39f", value=39, unit="people", qualifier=None, subject=S_T39,
          note="inside the quote"),
        Q("29", "29 men", key="men", value=29, unit="people", qualifier=None, subject=S_MEN, note="inside the quote"),
        Q("10", "10 women", key="women", value=10, unit="people", qualifier=None, subject=S_WOMEN,
          note="inside the quote"),
        R("Saturday", "on Saturday", note="28 October 2023"),
        Q("27", "death toll at 27", key="t27", value=27, unit="people", qualifier=None, subject=S_T27),
        Q("40", "airlifted 40 tons", value=40, unit="tons", qualifier=None, subject="relief supplies airlifted by the military"),
        Q("75", "additional 75 tons", value=75, unit="tons", qualifier=None, subject="relief supplies delivered by the Red Cross"),
        Q("5", "Category 5 Hurricane According", key="cat", value=5, unit="category", qualifier=None, subject=S_CAT,
          note="subheading"),
        Q("1,700", value=1700, unit="officials", qualifier=None, subject="National Guard officers deployed to Acapulco"),
        N("“Otis”", "Hurricane “Otis” struck the coast", note=_OTIS),
        Q("5", "as a category 5", key="cat2", value=5, unit="category", qualifier=None, subject=S_CAT),
        Q("nearly 270", key="wind", value=270, unit=KMH, qualifier="about", subject=S_WIND),
        Q("up to 330", value=330, unit=KMH, qualifier="at_most", subject="gusts of Otis at landfall"),
        R("the early hours of Wednesday", "per hour, in the early hours of Wednesday", note="25 October 2023"),
        Q("twelve", "in just twelve hours", key="h12", value=12, unit="hours", qualifier=None, subject=S_12H),
    ],
)

DOCS["965_upi"] = dict(
    language="en",
    items=[
        Q("43", "climbs to 43", key="t43a", value=43, unit="people", qualifier=None, subject=S_T43, note="headline"),
        R("On Sunday", "Acapulco\n\nOn Sunday", note="photo caption; 29 October 2023"),
        N("1 of 2", reason="chrome", note="photo counter"),
        R("On Sunday", "| On Sunday", note="the same photo caption repeated; 29 October 2023"),
        N("Oct. 29", "Oct. 29 (UPI)", reason="chrome", note="dateline"),
        Q("43", "rose to 43 on Sunday", key="t43b", value=43, unit="people", qualifier=None, subject=S_T43),
        R("Sunday", "43 on Sunday", note="29 October 2023"),
        Q("5", "a Category 5 storm", key="cat", value=5, unit="category", qualifier=None, subject=S_CAT),
        D("Oct. 25", "on Oct. 25", key="landfall", date="--10-25", note="landfall (2023)"),
        R("Sunday", "Acapulco Sunday", note="29 October 2023"),
        R("Saturday", "boulevard Saturday", note="28 October 2023"),
        Q("As many as 80%", key="hot", value=80, unit="percent", qualifier="at_most", subject=S_HOT),
        Q("58%", value=58, unit="percent", qualifier=None,
          subject="homes and businesses in Acapulco with power restored (29 October)"),
        Q("at least 21", value=21, unit="tankers", qualifier="at_least", subject="water tankers distributing potable water"),
        TS('"It was like', speaker=MARQUEZ,
           attribution="Acapulco resident Alejandro Márquez told the Spanish newspaper El País"),
        Q("two", "a two-hour", value=2, unit="hours", qualifier=None, subject="how long the hurricane felt like an earthquake (Marquez)",
          note="inside the quote"),
        TS('"You see', end="eof", speaker=MARQUEZ,
           attribution="(continues Márquez's account)", note="the excerpt is cut inside the quote; no closing mark"),
    ],
)

DOCS["966_tribtown"] = dict(
    language="en",
    items=[
        Q("3", "kills 3 foreigners", key="for_h", value=3, unit="people", qualifier=None, subject=S_FOR, note="headline"),
        Q("45", "among 45 dead", key="t45a", value=45, unit="people", qualifier=None, subject=S_T45, note="headline"),
        R("Monday", "said Monday that", note="30 October 2023"),
        Q("three", "that three foreign", key="for", value=3, unit="people", qualifier=None, subject=S_FOR),
        Q("at least 45", key="t45b", value=45, unit="people", qualifier="at_least", subject=S_T45),
        R("last week", "Acapulco last week", note="the week of 23 October 2023"),
        Q("one", "one American", key="us", value=1, unit="people", qualifier=None, subject=S_US),
        Q("one", "one Canadian", value=1, unit="people", qualifier=None, subject="Canadians among the dead"),
        Q("one", "one from England", value=1, unit="people", qualifier=None, subject="people from England among the dead"),
        Q("29", "among the 29 boats", key="boats", value=29, unit="boats", qualifier=None, subject=S_BOATS),
        R("the night", "Bay the night the hurricane hit", note="the night of 24-25 October 2023"),
        R("later Monday", note="30 October 2023"),
        TS("“As of now", speaker=OJEDA, attribution="Ojeda said"),
        Q("29", "of 29 craft", key="boats_q", value=29, unit="boats", qualifier=None, subject=S_BOATS,
          note="inside the quote; 'craft'"),
        TS("“A ship", speaker=OJEDA, attribution="(continues) Ojeda said"),
        T("“any drowned people there”", speaker=OJEDA, attribution="He said they hoped not to find (partial quote)"),
        R("early Wednesday", "ashore early Wednesday", note="25 October 2023"),
        Q("165", "devastating 165", key="wind", value=165, unit=MPH, qualifier=None, subject=S_WIND),
        Q("266", key="wind_k", value=266, unit=KMH, qualifier=None, subject=S_WIND, note="'(266 kph)'"),
        R("Sunday", "reported Sunday", note="29 October 2023"),
        Q("at least 48", key="t48", value=48, unit="people", qualifier="at_least", subject=S_T48),
        Q("5", "Category 5 Hurricane Otis slammed", key="cat", value=5, unit="category", qualifier=None, subject=S_CAT),
        Q("43", "that 43 of the dead", key="t48a", value=43, unit="people", qualifier=None, subject=S_T48A),
        Q("five", "and five in the nearby", key="t48c", value=5, unit="people", qualifier=None, subject=S_T48C),
        R("Monday", "confusion Monday", note="30 October 2023"),
        Q("45", "reporting 45 dead", key="t45c", value=45, unit="people", qualifier=None, subject=S_T45),
    ],
)

DOCS["967_elimpulso"] = dict(
    language="es",
    items=[
        Q("Un", "Un día después", value=1, unit="days", qualifier=None,
          subject="time from landfall to the first official toll", note="'Un día después de que ... tocase tierra'"),
        R("el jueves", "informaron el jueves", note="26 October 2023"),
        Q("casi un millón", value=1000000, unit="inhabitants", qualifier="about", subject="population of Acapulco"),
        Q("27", "fallecieron 27", key="t27", value=27, unit="people", qualifier=None, subject=S_T27),
        Q("cuatro", "y cuatro permanecen", key="m4", value=4, unit="people", qualifier=None, subject=S_M4),
        T("“Fue muy desastroso… no tiene precedentes”", key="q_amlo", speaker=AMLO,
          attribution="dijo el jueves el presidente Andrés Manuel López Obrador"),
        R("el jueves", "dijo el jueves", note="26 October 2023"),
        Q("tres", "hay tres miembros", value=3, unit="troops", qualifier=None,
          subject="Navy members among the missing (26 October)"),
        D("1997", date="1997", note="Hurricane Paulina"),
        Q("más de 300", value=300, unit="people", qualifier="more_than", subject="death toll of Hurricane Paulina (1997)"),
    ],
)

DOCS["968_noticiasargentinas"] = dict(
    language="es",
    items=[
        Q("27", "saldo de 27", key="t27", value=27, unit="people", qualifier=None, subject=S_T27),
        Q("cuatro", "y cuatro desaparecidos", key="m4", value=4, unit="people", qualifier=None, subject=S_M4),
        R("la madrugada del miércoles", note="25 October 2023 (landfall)"),
        Q("5", "categoría 5", key="cat", value=5, unit="category", qualifier=None, subject=S_CAT),
        Q("80%", key="hot", value=80, unit="percent", qualifier=None, subject=S_HOT),
        TS('"Fue muy', key="q_amlo", speaker=AMLO, attribution="sostuvo el mandatario (López Obrador)"),
    ],
)

DOCS["969_elpluralsv"] = dict(
    language="es",
    items=[
        Q("al menos 27", key="t27", value=27, unit="people", qualifier="at_least", subject=S_T27),
        Q("cuatro", "de cuatro personas", key="m4", value=4, unit="people", qualifier=None, subject=S_M4),
        TS("«Fue muy", key="q_amlo", speaker=AMLO,
           attribution="expresó este jueves el presidente mexicano, Andrés Manuel López Obrador"),
        R("este jueves", note="26 October 2023"),
        Q("cincuenta", value=50, unit="towers", qualifier=None, subject="high-voltage towers that collapsed (Rosa Icela Rodriguez)"),
    ],
)

DOCS["970_thenewsonline"] = dict(
    language="es",
    items=[
        Q("5", "categoría 5", key="cat", value=5, unit="category", qualifier=None, subject=S_CAT),
        R("la semana pasada", note="the week of 23 October 2023"),
        Q("casi 100", value=100, unit="people", qualifier="about",
          subject="dead and missing together (30 October 2023: 45 + 47)"),
        R("el lunes", note="30 October 2023"),
        R("el miércoles", note="25 October 2023 (landfall)"),
        Q("166", key="wind", value=166, unit=MPH, qualifier=None, subject=S_WIND,
          note="'166 millas por hora': the Reuters story says 165 mph (266 kph)"),
        Q("45", "muerte de 45", key="t45", value=45, unit="people", qualifier=None, subject=S_T45),
        Q("47", "otras 47", key="m47", value=47, unit="people", qualifier=None, subject=S_M47),
        R("el domingo por la mañana", note="29 October 2023"),
        Q("43", "ascendía a 43", key="t43", value=43, unit="people", qualifier=None, subject=S_T43),
        R("El domingo por la tarde", note="29 October 2023"),
        Q("48", "que 48 personas", key="t48", value=48, unit="people", qualifier=None, subject=S_T48),
        Q("43", "incluidas 43", key="t48a", value=43, unit="people", qualifier=None, subject=S_T48A),
        Q("cinco", "y cinco en la cercana", key="t48c", value=5, unit="people", qualifier=None, subject=S_T48C),
        N("“Devoto ninja de la música. Practicante de zombis. Aficionado a la cultura pop. Webaholic. Comunicador. "
          "Nerd de Internet. Experto en alcohol certificado. Aficionado a la televisión”",
          reason="chrome", note="the author's blurb in quote marks, not a quotation"),
    ],
)
DOCS["971_dolartoday"] = dict(
    language="es",
    items=[
        Q("45", "registrado 45 fallecidos", key="t45a", value=45, unit="people", qualifier=None, subject=S_T45),
        Q("47", "y 47 personas permanecen", key="m47a", value=47, unit="people", qualifier=None, subject=S_M47),
        Q("5", "categoría 5", key="cat", value=5, unit="category", qualifier=None, subject=S_CAT),
        Q("45", "confirmado 45 muertes", key="t45b", value=45, unit="people", qualifier=None, subject=S_T45),
        Q("47", "y 47 personas aún", key="m47b", value=47, unit="people", qualifier=None, subject=S_M47),
        Q("48", "sobre 48 víctimas", key="t48", value=48, unit="people", qualifier=None, subject=S_T48),
        Q("45", "es de 45", key="t45c", value=45, unit="people", qualifier=None, subject=S_T45),
        Q("16", value=16, unit="bodies", qualifier=None, subject="bodies handed over to their families (30 October)"),
        Q("tres", "registrado tres extranjeros", key="for", value=3, unit="people", qualifier=None, subject=S_FOR),
        Q("un", "un estadounidense", key="us", value=1, unit="people", qualifier=None, subject=S_US),
        Q("dos", "dos ciudadanos británicos", value=2, unit="people", qualifier=None,
          subject="British and Canadian citizens among the dead",
          note="'dos ciudadanos británicos y canadienses': one of each in 966 and 972"),
        Q("152", key="loc", value=152, unit="people", qualifier=None, subject=S_LOC),
        Q("dos", "dos ciudadanos suecos", key="swe", value=2, unit="people", qualifier=None, subject=S_SWE),
        N("casi 24", reason="other", note="number cut off by the excerpt before its unit (presumably 'horas')"),
    ],
)

DOCS["972_extremonoticias"] = dict(
    language="es",
    items=[
        D("27 de octubre", "tierra el 27 de octubre en Acapulco", key="landfall1", date="--10-27",
          note="landfall date as written; Otis made landfall on 25 October 2023"),
        Q("45", "saldo de 45", key="t45", value=45, unit="people", qualifier=None, subject=S_T45),
        Q("47", "y 47 desaparecidos", key="m47a", value=47, unit="people", qualifier=None, subject=S_M47),
        D("30 de octubre", date="--10-30", note="date of the official update (2023)"),
        Q("tres", "reportado tres muertos", value=3, unit="people", qualifier=None,
          subject="dead reported by the federal government beyond the 45 (48 - 45)"),
        Q("tres", "hay tres extranjeros", key="for", value=3, unit="people", qualifier=None, subject=S_FOR),
        Q("una", "una persona estadounidense", key="us", value=1, unit="people", qualifier=None, subject=S_US),
        Q("47", "la cifra de 47", key="m47b", value=47, unit="people", qualifier=None, subject=S_M47),
        Q("Más de 150", key="loc", value=150, unit="people", qualifier="more_than", subject=S_LOC),
        Q("dos", "dos de nacionalidad sueca", key="swe", value=2, unit="people", qualifier=None, subject=S_SWE),
        Q("29", "29 embarcaciones", key="boats", value=29, unit="boats", qualifier=None, subject=S_BOATS),
        R("el lunes", note="Monday 30 October 2023 (or the next Monday; the page is not dated)"),
        D("27 de octubre", "México, el 27 de octubre", key="landfall2", date="--10-27",
          note="landfall date as written again"),
        Q("5", "categoría 5", key="cat", value=5, unit="category", qualifier=None, subject=S_CAT),
    ],
)

G = goldkit.Groups()
g = G.add

g("quantity", "contradict",
  [("961", "wind"), ("962", "wind"), ("963", "wind"), ("964", "wind"), ("966", "wind"), ("966", "wind_k"),
   ("970", "wind")],
  "landfall winds: 165 mph (up to 165 mph; 266 kph; nearly 270 km/h) everywhere, but '166 millas por hora' in "
  "970, the Spanish version of the Reuters story (165 mph / 266 kph in the original)")
g("quantity", "agree",
  [("961", "cat"), ("961", "cat2"), ("963", "cat"), ("964", "cat"), ("964", "cat2"), ("965", "cat"), ("966", "cat"),
   ("968", "cat"), ("970", "cat"), ("971", "cat"), ("972", "cat")],
  "Otis struck as a Category 5 / categoría 5 hurricane")
g("quantity", "agree", [("961", "h12"), ("961", "h12b"), ("964", "h12")],
  "Otis intensified from a tropical storm to a major hurricane in 12 hours (Klotzbach's post, the 12-hour record) / "
  "in just twelve hours")
g("quantity", "agree",
  [("962", "t27"), ("962", "t27b"), ("963", "t27"), ("964", "t27"), ("967", "t27"), ("968", "t27"), ("969", "t27")],
  "first official toll (26 October): 27 / at least 27 / al menos 27")
g("quantity", "agree", [("962", "m4"), ("963", "m4"), ("967", "m4"), ("968", "m4"), ("969", "m4")],
  "missing in the first count: four / cuatro")
g("quantity", "single-source",
  [("964", "t39a"), ("964", "t39b"), ("964", "t39c"), ("964", "t39d"), ("964", "t39e"), ("964", "t39f")],
  "toll of 28 October: 39, six times in Before It's News (963 gives only its 29 men and 10 women)")
g("quantity", "agree", [("963", "men"), ("964", "men")], "29 men among the 39 dead")
g("quantity", "agree", [("963", "women"), ("964", "women")], "10 women among the 39 dead")
g("quantity", "agree", [("963", "hot"), ("965", "hot"), ("968", "hot")],
  "80% of Acapulco's hotels affected (as many as 80% in UPI)")
g("quantity", "agree", [("965", "t43a"), ("965", "t43b"), ("970", "t43")],
  "toll of Sunday 29 October (morning): 43 (UPI headline and text; Salgado's 43 in 970)")
g("quantity", "agree", [("966", "t48"), ("970", "t48"), ("971", "t48")],
  "civil protection toll of Sunday 29 October (evening): at least 48 / 48")
g("quantity", "agree", [("966", "t48a"), ("970", "t48a")], "of the 48, 43 in Acapulco")
g("quantity", "agree", [("966", "t48c"), ("970", "t48c")], "of the 48, five / cinco in Coyuca de Benítez")
g("quantity", "agree",
  [("966", "t45a"), ("966", "t45b"), ("966", "t45c"), ("970", "t45"), ("971", "t45a"), ("971", "t45b"),
   ("971", "t45c"), ("972", "t45")],
  "toll confirmed by the Guerrero prosecutors on Monday 30 October: 45 / at least 45")
g("quantity", "agree", [("970", "m47"), ("971", "m47a"), ("971", "m47b"), ("972", "m47a"), ("972", "m47b")],
  "missing on 30 October: 47")
g("quantity", "agree", [("966", "for_h"), ("966", "for"), ("971", "for"), ("972", "for")],
  "three foreigners among the dead: 3 / three / tres")
g("quantity", "agree", [("966", "us"), ("971", "us"), ("972", "us")],
  "one American among the dead: one / un / una persona estadounidense")
g("quantity", "agree", [("971", "loc"), ("972", "loc")], "people located: 152 / más de 150")
g("quantity", "agree", [("971", "swe"), ("972", "swe")], "two Swedes among those located: dos")
g("quantity", "agree", [("966", "boats"), ("966", "boats_q"), ("972", "boats")],
  "29 boats sunk in Acapulco Bay (Ojeda's '29 craft'; 29 embarcaciones)")
g("date", "contradict", [("965", "landfall"), ("972", "landfall1"), ("972", "landfall2")],
  "landfall: Oct. 25 (UPI) vs 'el 27 de octubre' twice in Extremo Noticias (Otis struck early on Wednesday 25 "
  "October 2023; the other pages say Wednesday / miércoles)")
g("quote", "variant", [("967", "q_amlo"), ("968", "q_amlo"), ("969", "q_amlo")],
  "Lopez Obrador, 26 October: «Fue muy desastroso lo que padeció Acapulco. No tiene precedentes en el país en los "
  "últimos tiempos» (El Plural); the same words with '(...)' for the full stop (Reuters via Noticias Argentinas); "
  "'Fue muy desastroso… no tiene precedentes' (AP, shortened)")


def build():
    goldkit.build(HERE, DOCS, G, MARKS)


if __name__ == "__main__":
    build()
