"""Build the gold YAML files of tests/dev/keybridge (the collapse of the Francis Scott Key Bridge in Baltimore,
Tuesday 26 March 2024, after the container ship Dali struck a pier: the six road workers presumed dead on
Tuesday evening, the two bodies recovered from a red pickup truck on Wednesday 27 March, the ship and its crew)
from the hand-written spec below.

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

MARKS = Marks(["“", "«", '"', "‘"],
              ["”", "»", '"', "’"],
              pairs={"“": "”", "«": "»", '"': '"', "‘": "’"})

BUTLER = "Roland Butler"
GILREATH = "Shannon Gilreath"
MOORE = "Wes Moore"
BIDEN = "Joe Biden"
PRITZKER = "Jeffrey Pritzker"
CAMPOS = "Jesus Campos"
HILL = "Alexandra Hill"
AMLO = "Andres Manuel Lopez Obrador"

# subjects
S_SIX = "road workers missing / presumed dead after the collapse (the six of the Brawner Builders crew)"
S_RESC = "people (workers) rescued alive from the river after the collapse"
S_EIGHT = "people (workers) on the bridge when it fell"
S_BODIES = "bodies recovered from the red pickup truck on Wednesday 27 March 2024"
S_FOUR = "workers still missing (presumed dead) after the two bodies were recovered, 27 March 2024"
S_DEPTH_FT = "depth of the water where the red pickup truck with two bodies was found (feet)"
S_DEPTH_M = "depth of the water where the red pickup truck with two bodies was found (metres, conversion)"
S_AGE_CASTILLO = "age of Dorlian Ronial Castillo Cabrera (Guatemalan worker, body recovered 27 March)"
S_AGE_HERNANDEZ = "age of Alejandro Hernandez Fuentes (Mexican worker, body recovered 27 March)"
S_AGE_GUAT35 = "age of the second Guatemalan among the missing (Guatemala's foreign ministry, 26 March)"
S_GUAT = "Guatemalans among the six missing workers"
S_MEX = "Mexicans among the six missing workers"
S_LUNA_CHILDREN = "children of Miguel Luna, Salvadoran worker among the missing"
S_LENGTH = "length of the container ship Dali"
S_CREW = "crew members aboard the Dali"
S_BRIDGE_MI = "length of the Francis Scott Key Bridge (miles)"
S_DATE = "date of the collapse of the Francis Scott Key Bridge"


def q(text, anchor=None, key=None, value=None, unit="people", qualifier=None, subject=None, **f):
    return Q(text, anchor, key, value=value, unit=unit, qualifier=qualifier, subject=subject, **f)


DOCS = {}

DOCS["941_abc7ny"] = dict(
    language="en",
    items=[
        N("Wednesday, March 27, 2024", reason="chrome", note="the page's dateline"),
        R("early Tuesday morning", note="26 March 2024"),
        q("two", "pull two people", "resc", 2, subject=S_RESC),
        R("Tuesday night", note="26 March 2024"),
        q("six", "six others were presumed dead", "six1", 6, subject=S_SIX),
        q("984", None, "len1", 984, unit="feet", subject=S_LENGTH,
          note="length 'a VesselFinder listing showed'; against the same page's '948-foot' below"),
        q("157", None, None, 157, unit="feet", subject="width (beam) of the Dali"),
        q("22", "holds 22 crew", "crew", 22, unit="crew members", subject=S_CREW,
          note="'all of whom are based in India'"),
        q("Six", "Six people remain", "six2", 6, subject=S_SIX),
        N("1 a.m.", reason="time"),
        R("Tuesday", "1 a.m. on Tuesday", note="26 March 2024"),
        q("27", "27-day journey", None, 27, unit="days", subject="planned length of the Dali's voyage to Colombo"),
        T('"lost propulsion"', speaker=None, attribution="according to officials"),
        q("two", "two individuals", None, 2, unit="pilots", subject="pilots aboard the Dali at the collision"),
        N("1:30 a.m.", "took place at about 1:30 a.m.", reason="time"),
        q("948", "948-foot", "len2", 948, unit="feet", subject=S_LENGTH,
          note="'948-foot container ship' (officials say); 984 feet above"),
        N("1:30 a.m.", "Bridge at about 1:30 a.m.", reason="time"),
    ],
)

DOCS["942_inkl"] = dict(
    language="en",
    items=[
        q("six", "searching for six", "six", 6, subject=S_SIX),
        q("two", "recovered two bodies", "bodies", 2, unit="bodies", subject=S_BODIES),
        R("Wednesday", "in water on Wednesday", note="27 March 2024"),
        q("26", "Castillo Cabrera, 26", "a_castillo", 26, unit="years", subject=S_AGE_CASTILLO),
        q("35", "Fuentes, 35", "a_hernandez", 35, unit="years", subject=S_AGE_HERNANDEZ),
        R("Wednesday", "confirmed Wednesday", note="27 March 2024"),
        R("Tuesday", "It said Tuesday", note="26 March 2024"),
        q("at least two", None, "guat", 2, qualifier="at_least", subject=S_GUAT),
        q("12 to 24", "12 to 24 months", None, 12, unit="months", qualifier="at_least",
          subject="expected duration of the NTSB investigation",
          note="range '12 to 24 months': one claim, at least the first number and at most the second (24), as notredame's '15-30 minutes'"),
        R("Wednesday evening", "Homendy said Wednesday evening", note="27 March 2024"),
        N("10am", reason="time"),
        R("Wednesday", "10am Wednesday", note="27 March 2024"),
        q("25", "beneath 25 feet", "depth", 25, unit="feet", subject=S_DEPTH_FT),
        TS('"Based upon', key="q_salvage", speaker=BUTLER, attribution="Butler said"),
    ],
)

DOCS["943_dailypost"] = dict(
    language="en",
    items=[
        R("Wednesday", "on Wednesday, said", note="27 March 2024"),
        q("two", "recovered two bodies", "bodies1", 2, unit="bodies", subject=S_BODIES),
        R("Tuesday", "Bridge on Tuesday", note="26 March 2024"),
        q("25", "under 25 feet", "depth", 25, unit="feet", subject=S_DEPTH_FT),
        q("two", "the two bodies trapped", "bodies2", 2, unit="bodies", subject=S_BODIES),
        q("35", "Fuentes, 35", "a_hernandez", 35, unit="years", subject=S_AGE_HERNANDEZ),
        q("26", "Cabrera, 26", "a_castillo", 26, unit="years", subject=S_AGE_CASTILLO),
        TS("“Based upon", key="q_salvage", speaker=BUTLER, attribution="Butler said"),
        q("four", "four other construction workers", "four", 4, subject=S_FOUR),
        T("“firmly”", key="q_firmly", speaker=BUTLER, attribution="Butler said ... authorities “firmly” believe"),
        R("early Tuesday", note="26 March 2024"),
    ],
)

DOCS["944_israelnationalnews"] = dict(
    language="en",
    items=[
        R("Wednesday", "Officials on Wednesday", note="27 March 2024"),
        q("two", "bodies of two of the missing", "bodies1", 2, unit="bodies", subject=S_BODIES),
        N("10:00 a.m.", reason="time"),
        q("about 25", "about 25 feet", "depth", 25, unit="feet", qualifier="about", subject=S_DEPTH_FT),
        T('"Divers recovered two victims of this tragedy trapped within the vehicle,”', key="q_divers",
          speaker=BUTLER, attribution="Butler stated",
          note="opens with a straight mark and closes with a typographic one"),
        q("two", "recovered two victims", "bodies2", 2, unit="victims", subject=S_BODIES, note="inside the quote"),
        q("two", "identifying the two", "bodies3", 2, unit="bodies", subject=S_BODIES,
          note="'identifying the two as': the two recovered victims"),
        q("six", "A total of six", "six1", 6, subject=S_SIX),
        R("early Tuesday morning", note="26 March 2024"),
        q("six", "The six are workers", "six2", 6, subject=S_SIX),
        R("Wednesday", "found on Wednesday", note="27 March 2024"),
        q("eight", "eight people were on the bridge", "eight", 8, subject=S_EIGHT),
        q("Two", "Two were rescued", "resc", 2, subject=S_RESC),
    ],
)

DOCS["945_thehill"] = dict(
    language="en",
    items=[
        q("six", "The six people missing", "six1", 6, subject=S_SIX),
        R("Tuesday evening", "announced Tuesday evening", note="26 March 2024"),
        q("18", "18-hour", None, 18, unit="hours", subject="duration of the search-and-rescue effort"),
        R("Tuesday evening", "a Tuesday evening press", note="26 March 2024"),
        T("“We do not believe that we are going to find any of these individuals still alive,”", key="q_alive",
          speaker=GILREATH, attribution="he said (Gilreath, named the sentence before)"),
        q("1.6", "The 1.6 mile", "mi", 1.6, unit="miles", subject=S_BRIDGE_MI),
        N("Interstate 695", "held Interstate 695", reason="identifier"),
        N("1:30 a.m.", reason="time"),
        R("Tuesday", "1:30 a.m. on Tuesday", note="26 March 2024"),
        q("three", "three adjacent spans", None, 3, unit="spans", subject="adjacent spans that fell with the main span"),
        q("six", "the six missing people", "six2", 6, subject=S_SIX),
        q("Two", "Two other people", "resc", 2, subject=S_RESC),
        T("“recovery”", speaker=None, attribution="the Coast Guard ... pledging to begin the “recovery” phase"),
        R("Wednesday", "phase Wednesday", note="27 March 2024"),
        N("Interstate 695", "and Interstate 695", reason="identifier"),
        R("Tuesday", "scrambling Tuesday", note="26 March 2024"),
        T("“move heaven and earth”", speaker=BIDEN, attribution="President Biden said"),
    ],
)

DOCS["946_roadsbridges"] = dict(
    language="en",
    items=[
        q("six", "the six missing", "six", 6, subject=S_SIX),
        R("today", "continues today", note="27 March 2024 (written before the bodies were found)"),
        q("49", "49-year-old", None, 49, unit="years", subject="age of Miguel Luna, Salvadoran worker among the missing"),
        q("six", "has six children", "luna_children", 6, unit="children", subject=S_LUNA_CHILDREN,
          note="'whose relatives say has six children'; the Spanish pages say three"),
        q("Two", "Two Guatemalans", "guat", 2, subject=S_GUAT),
        q("26", "aged 26", "a_castillo", 26, unit="years", subject=S_AGE_CASTILLO,
          note="'Two Guatemalans aged 26 and 35': the 26-year-old Guatemalan is Castillo Cabrera (named on 27 March)"),
        q("35", "26 and 35", "a_guat35", 35, unit="years", subject=S_AGE_GUAT35,
          note="the second Guatemalan, not Hernandez Fuentes (35, Mexican)"),
        R("Tuesday morning", note="26 March 2024"),
        N("1:30 a.m.", reason="time"),
        N("7:30 p.m.", reason="time"),
        R("Tuesday", "7:30 p.m. Tuesday", note="26 March 2024"),
        TS('"Based on', key="q_alive", speaker=GILREATH, attribution="Coast Guard Rear Admiral Shannon Gilreath said"),
        R("Tuesday evening", note="26 March 2024"),
        q("Two", "Two workers were rescued", "resc", 2, subject=S_RESC),
    ],
)

DOCS["947_cronicaweb"] = dict(
    language="es",
    items=[
        D("26 de marzo de 2024", key="date", date="2024-03-26", note="photo caption; 'el martes' left outside"),
        T("“mantenimiento rutinario”", speaker=None, attribution="dijo la Guardia Costera de EE.UU."),
        R("el miércoles", "EE.UU. el miércoles", note="27 March 2024"),
        q("dos", "dos de los seis", "bodies1", 2, unit="bodies", subject=S_BODIES, note="'los cuerpos de dos de los seis'"),
        q("seis", "de los seis trabajadores", "six", 6, subject=S_SIX),
        R("el día anterior", note="26 March 2024"),
        q("dos", "los dos hombres", "bodies2", 2, unit="bodies", subject=S_BODIES),
        q("aproximadamente 25", None, "depth", 25, unit="feet", qualifier="about", subject=S_DEPTH_FT),
        q("7,6", None, "depth_m", 7.6, unit="meters", subject=S_DEPTH_M, note="conversion of the 25 feet"),
        q("35", "de 35 años", "a_hernandez", 35, unit="years", subject=S_AGE_HERNANDEZ),
        q("26", "de 26 años", "a_castillo", 26, unit="years", subject=S_AGE_CASTILLO),
        T("“Estamos contigo, ahora y siempre”", speaker=MOORE, attribution="El gobernador de Maryland, Wes Moore ... diciendo"),
        T("“firmemente”", key="q_firmly", speaker=BUTLER, attribution="dijo Butler"),
    ],
)

DOCS["948_eltestigo"] = dict(
    language="es",
    items=[
        R("el miércoles", "localizaron el miércoles", note="27 March 2024"),
        q("dos", "cuerpos de dos trabajadores", "bodies", 2, unit="bodies", subject=S_BODIES),
        q("seis", "los seis latinoamericanos", "six", 6, subject=S_SIX),
        TS('"una camioneta', speaker=BUTLER, attribution="Según informó el coronel Roland Bulter (typo kept)"),
        q("aproximadamente 25", None, "depth", 25, unit="feet", qualifier="about", subject=S_DEPTH_FT,
          note="inside the quote"),
        q("alrededor de 7,5", None, "depth_m", 7.5, unit="meters", qualifier="about", subject=S_DEPTH_M,
          note="conversion of the 25 feet"),
        q("35", "de 35 años", "a_hernandez", 35, unit="years", subject=S_AGE_HERNANDEZ),
        q("26", "de 26 años", "a_castillo", 26, unit="years", subject=S_AGE_CASTILLO),
        N('"MV Dali"', reason="other", note="quoted ship name"),
        q("ocho", "los ocho trabajadores", "eight1", 8, subject=S_EIGHT,
          note="'no se pudo rescatar a los ocho trabajadores' (the next sentence says two were rescued)"),
        q("ocho", "De los ocho", "eight2", 8, subject=S_EIGHT),
        q("dos", "dos fueron rescatados", "resc", 2, subject=S_RESC),
        R("el miércoles", "hospital el miércoles", note="27 March 2024"),
        q("cuatro", "los otros cuatro", "four", 4, subject=S_FOUR),
        T('"hombres humildes y trabajadores"', speaker=CAMPOS, attribution="Jesús Campos ... los describió como"),
        q("tres", "padre de tres hijos", "luna_children", 3, unit="children", subject=S_LUNA_CHILDREN),
    ],
)

DOCS["949_acento"] = dict(
    language="es",
    items=[
        q("seis", "Entre los seis desaparecidos están dos guatemaltecos, de 26 y 35 años. Trabajaban en la reparación de asfalto",
          "six1", 6, subject=S_SIX),
        q("dos", "dos guatemaltecos, de 26 y 35 años. Trabajaban en la reparación de asfalto", "guat1", 2, subject=S_GUAT),
        q("26", "26 y 35 años. Trabajaban en la reparación de asfalto", "a_castillo1", 26, unit="years",
          subject=S_AGE_CASTILLO, note="'dos guatemaltecos, de 26 y 35 años': the 26-year-old is Castillo Cabrera"),
        q("35", "35 años. Trabajaban en la reparación de asfalto", "a_guat35_1", 35, unit="years", subject=S_AGE_GUAT35),
        q("seis", "Entre los seis desaparecidos están dos guatemaltecos, de 26 y 35 años. Trabajaban en la reparación de la calzada",
          "six2", 6, subject=S_SIX, note="the page repeats its lead paragraph"),
        q("dos", "dos guatemaltecos, de 26 y 35 años. Trabajaban en la reparación de la calzada", "guat2", 2,
          subject=S_GUAT),
        q("26", "26 y 35 años. Trabajaban en la reparación de la calzada", "a_castillo2", 26, unit="years",
          subject=S_AGE_CASTILLO),
        q("35", "35 años. Trabajaban en la reparación de la calzada", "a_guat35_2", 35, unit="years",
          subject=S_AGE_GUAT35),
        q("cuatro", "de cuatro carriles", None, 4, unit="lanes", subject="lanes of the Francis Scott Key Bridge"),
        q("seis", "Los seis trabajadores que cayeron", "six3", 6, subject=S_SIX),
        T("“eran gente de familia maravillosa… Es simplemente un día muy, muy malo\"", speaker=PRITZKER,
          attribution="Jeffrey Pritzker, vicepresidente ejecutivo dijo a la prensa que",
          note="opens with a typographic mark and closes with a straight one"),
        q("dos", "dos de los trabajadores eran", "guat3", 2, subject=S_GUAT),
        q("dos", "esos dos países", None, 2, unit="countries",
          subject="countries (El Salvador, Mexico) that had not yet confirmed their nationals among the missing"),
        TS('"Basándonos', key="q_alive", speaker=GILREATH,
           attribution="declaró el vicealmirante de la Guardia Costera Shannon Gilreath"),
        q("seis", "los seis trabajadores desaparecidos", "six4", 6, subject=S_SIX),
        q("dos", "dos personas fueron rescatadas", "resc", 2, subject=S_RESC),
        D("1977", date="1977", note="the year the bridge was built ('construido en 1977')"),
    ],
)

DOCS["950_laopinion"] = dict(
    language="es",
    items=[
        q("Casi una", "Casi una semana", None, 1, unit="weeks", qualifier="about",
          subject="time since the collapse (as of 1 April 2024)", note="'casi' read as about (nearly)"),
        q("21", "21 tripulantes", "crew1", 21, unit="crew members", subject=S_CREW),
        q("Seis", "Seis personas", "six", 6, subject=S_SIX, note="'murieron en el derrumbe'"),
        q("300", "300 metros", "len", 300, unit="meters", subject=S_LENGTH, note="'de 300 metros de eslora'"),
        q("10,000", "10,000 contenedores", None, 10000, unit="containers", subject="container capacity of the Dali"),
        D("26 de marzo", key="date", date="--03-26", note="2024; 'la madrugada del martes' left outside"),
        q("21", "21 marineros", "crew2", 21, unit="sailors", subject=S_CREW),
        q("20", "20 de ellos", None, 20, unit="crew members", subject="Indian nationals among the Dali's crew"),
        q("315,000", None, None, 315000, unit="Indians", subject="Indians employed in the maritime industry"),
        q("aproximadamente el 20%", None, None, 20, unit="percent", qualifier="about",
          subject="Indians' share of the world's seafarers"),
        R("la semana pasada", note="the week of 25 March 2024"),
    ],
)

DOCS["951_elheraldohn"] = dict(
    language="es",
    items=[
        q("dos", "dos mexicanos, dos", "mex1", 2, subject=S_MEX, note="subheading"),
        q("dos", "dos guatemaltecos y un", "guat", 2, subject=S_GUAT, note="subheading"),
        N("27.03.2024", reason="chrome", note="the page's date"),
        R("este miércoles", "informó este miércoles la Cancillería", note="27 March 2024"),
        TS("“Me comuniqué", key="q_hill1", speaker=HILL, attribution="señaló la canciller, Alexandra Hill"),
        TS("“El presidente Nayib", key="q_hill2", speaker=HILL, attribution="agregó (Hill)"),
        q("tres", "padre de tres hijos", "luna_children", 3, unit="children", subject=S_LUNA_CHILDREN,
          note="according to the charity Casa"),
        R("el lunes por la noche", note="25 March 2024"),
        q("Dos", "Dos mexicanos figuran", "mex2", 2, subject=S_MEX),
        q("seis", "seis obreros latinos", "six", 6, subject=S_SIX),
        R("este miércoles", "informó este miércoles el presidente", note="27 March 2024"),
        TS("“Hay dos", key="q_amlo1", speaker=AMLO,
           attribution="dijo el mandatario (the text names him 'el presidente Manuel López Obrador')"),
        q("dos", "Hay dos", "mex3", 2, subject=S_MEX, note="inside the quote"),
        TS("“Salió con vida", speaker=AMLO, attribution="dijo (the president)"),
        q("tres", "los tres mexicanos", None, 3, unit="Mexicans",
          subject="Mexican workers on the bridge (two missing, one rescued)"),
    ],
)

DOCS["952_noticiasdata"] = dict(
    language="es",
    items=[
        R("amanecer del miércoles", note="27 March 2024; 'amanecer' inside as a period modifier"),
        q("seis", "Hay seis trabajadores", "six1", 6, subject=S_SIX),
        R("el martes por la noche", note="26 March 2024"),
        N("6 de la mañana", reason="time"),
        R("hoy", "mañana de hoy", note="27 March 2024"),
        T("«No creemos que vayamos a encontrar a ninguna de estas personas con vida»", key="q_alive",
          speaker=GILREATH, attribution="Shannon Gilreath confirmó:"),
        R("el martes", "con vida el martes", note="26 March 2024"),
        q("dos", "otros dos trabajadores", "resc", 2, subject=S_RESC),
        q("seis", "los seis presuntos", "six2", 6, subject=S_SIX),
        q("ocho", "los ocho formaban", "eight", 8, subject=S_EIGHT),
        N("1.30 de la madrugada", reason="time"),
        q("2,6", "2,6 kilómetros", None, 2.6, unit="kilometers",
          subject="length of the Francis Scott Key Bridge (kilometres, conversion)"),
        q("1,6", "1,6 millas", "mi", 1.6, unit="miles", subject=S_BRIDGE_MI),
        R("el martes", "prensa el martes", note="26 March 2024"),
    ],
)

G = goldkit.Groups()
g = G.add

g("quantity", "agree",
  [("941", "six1"), ("941", "six2"), ("942", "six"), ("944", "six1"), ("944", "six2"), ("945", "six1"),
   ("945", "six2"), ("946", "six"), ("947", "six"), ("948", "six"), ("949", "six1"), ("949", "six2"),
   ("949", "six3"), ("949", "six4"), ("950", "six"), ("951", "six"), ("952", "six1"), ("952", "six2")],
  "the six road workers missing and presumed dead (26-27 March; 950 on 1 April: 'murieron')")
g("quantity", "agree",
  [("941", "resc"), ("944", "resc"), ("945", "resc"), ("946", "resc"), ("948", "resc"), ("949", "resc"),
   ("952", "resc")],
  "two people rescued from the river")
g("quantity", "agree", [("944", "eight"), ("948", "eight1"), ("948", "eight2"), ("952", "eight")],
  "eight workers on the bridge when it fell")
g("quantity", "agree",
  [("942", "bodies"), ("943", "bodies1"), ("943", "bodies2"), ("944", "bodies1"), ("944", "bodies2"),
   ("944", "bodies3"), ("947", "bodies1"), ("947", "bodies2"), ("948", "bodies")],
  "two bodies recovered from the red pickup truck on Wednesday 27 March")
g("quantity", "agree", [("943", "four"), ("948", "four")],
  "four workers still missing after the two bodies were recovered")
g("quantity", "agree", [("942", "depth"), ("943", "depth"), ("944", "depth"), ("947", "depth"), ("948", "depth")],
  "the truck was in (about) 25 feet of water")
g("quantity", "agree", [("947", "depth_m"), ("948", "depth_m")],
  "the same depth converted: 7,6 metros / alrededor de 7,5 metros (25 ft = 7.62 m)")
g("quantity", "agree",
  [("942", "a_castillo"), ("943", "a_castillo"), ("946", "a_castillo"), ("947", "a_castillo"), ("948", "a_castillo"),
   ("949", "a_castillo1"), ("949", "a_castillo2")],
  "Dorlian Castillo Cabrera, 26 (946 and 949: 'two Guatemalans aged 26 and 35', before he was named)")
g("quantity", "agree", [("942", "a_hernandez"), ("943", "a_hernandez"), ("947", "a_hernandez"), ("948", "a_hernandez")],
  "Alejandro Hernandez Fuentes, 35 (Mexican)")
g("quantity", "agree", [("946", "a_guat35"), ("949", "a_guat35_1"), ("949", "a_guat35_2")],
  "the second Guatemalan, 35 (Guatemala's foreign ministry); a different man from Hernandez Fuentes, also 35")
g("quantity", "agree",
  [("942", "guat"), ("946", "guat"), ("949", "guat1"), ("949", "guat2"), ("949", "guat3"), ("951", "guat")],
  "two Guatemalans among the six ('at least two' in 942)")
g("quantity", "single-source", [("951", "mex1"), ("951", "mex2"), ("951", "mex3")],
  "two Mexicans among the missing (subheading, body, Lopez Obrador's quote)")
g("quantity", "contradict", [("946", "luna_children"), ("948", "luna_children"), ("951", "luna_children")],
  "Miguel Luna's children: 'six children' (Roads & Bridges, after Telemundo) against 'padre de tres hijos' (El "
  "Testigo; El Heraldo after the charity Casa)")
g("quantity", "contradict", [("941", "len1"), ("941", "len2"), ("950", "len")],
  "length of the Dali: 984 feet (VesselFinder) and '948-foot' in the same ABC page; La Opinión's 300 metros "
  "matches 984 ft (300 m) and not 948 ft (289 m)")
g("quantity", "contradict", [("941", "crew"), ("950", "crew1"), ("950", "crew2")],
  "crew aboard the Dali: 22, all based in India (ABC, 27 March) against 21, 20 of them Indian and one Sri Lankan "
  "(La Opinión, 1 April, after India and the US Coast Guard)")
g("quantity", "agree", [("945", "mi"), ("952", "mi")], "the bridge was 1.6 miles long ('1.6 mile', '1,6 millas')")
g("date", "agree", [("947", "date"), ("950", "date")], "the collapse on 26 March (2024)")
g("quote", "variant", [("945", "q_alive"), ("946", "q_alive"), ("949", "q_alive"), ("952", "q_alive")],
  "Gilreath: 'Based on the length of time that we've gone in this search, ... we do not believe that we're going to "
  "find any of these individuals still alive' (946 whole; 945 the end; 949 a Spanish translation with an ellipsis; "
  "952 a shorter Spanish translation)")
g("quote", "variant", [("942", "q_salvage"), ("943", "q_salvage")],
  "Butler: 'Based upon the conditions, we're now moving from a recovery mode to a salvage operation ...' (943 has "
  "'debris;' and lacks 'around that')")
g("quote", "variant", [("943", "q_firmly"), ("947", "q_firmly")],
  "Butler's 'firmly' / 'firmemente' (translation)")


def build():
    goldkit.build(HERE, DOCS, G, MARKS)


if __name__ == "__main__":
    build()
