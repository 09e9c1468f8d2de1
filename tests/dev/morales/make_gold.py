"""Build the gold YAML files of tests/dev/morales (the resignation of Evo Morales, Sunday 10 November 2019,
and the days around it: the army chief's "suggestion", asylum in Mexico, Jeanine Áñez interim president on
Tuesday 12 November) from the hand-written spec below.

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
              pairs={"“": "”", "«": "»", '"': '"', "‘": "’"})

MORALES = "Evo Morales"
KALIMAN = "Williams Kaliman"
CALDERON = "Yuri Calderon"
ANEZ = "Jeanine Anez"
EBRARD = "Marcelo Ebrard"

# subjects
S_TEN = "time Evo Morales had been in power when he resigned (10 November 2019)"
S_AGE_M = "age of Evo Morales (November 2019)"
S_AGE_A = "age of Jeanine Anez (November 2019)"
S_WEEKS = "duration of the protests against Morales's re-election up to his resignation"
S_ELEC = "date of the disputed general election in Bolivia (20 October 2019)"
S_2006 = "year Evo Morales's presidency began"

DOCS = {}

DOCS["801_reduno"] = dict(
    language="es",
    items=[
        N("16:51", reason="time", note="time of the resignation"),
        R("este domingo", "A las 16:51 de este domingo", note="10 November 2019"),
        D("20 de octubre", "generales del 20 de octubre", key="elec", date="--10-20", note="2019 (the election)"),
        R("esta jornada", "que esta jornada llegó", note="10 November 2019 ('this day')"),
        R("el viernes", "Boliviana el viernes", note="8 November 2019 (the police mutiny)"),
        R("este domingo", "y este domingo de las Fuerzas", note="10 November 2019"),
        R("Esta misma jornada", note="10 November 2019"),
        TS("“Por qué decidí", key="q_why", speaker=MORALES,
           attribution="dijo Morales desde Lauca (after the quote)"),
        N("6", "las 6 Federaciones", reason="other",
          note="part of the name of the organization (the Six Federations of the Cochabamba Tropics)"),
        TS("\"Ahora deben", speaker=MORALES, attribution="agregó (pro-drop; Morales from the paragraph before)"),
    ],
)

DOCS["802_radioondaazul"] = dict(
    language="es",
    items=[
        R("la tarde de este domingo", note="10 November 2019"),
        Q("casi 14", "después de casi 14 años", key="ten1", value=14, unit="years", qualifier="about",
          subject=S_TEN),
        TS("«Estoy renunciando", speaker=MORALES, attribution="aseguró Evo Morales"),
        D("20 de octubre", "realizaron el pasado 20 de octubre", key="elec1", date="--10-20", note="2019"),
        Q("60", "de 60 años", key="age_m", value=60, unit="years", qualifier=None, subject=S_AGE_M),
        D("2006", "asumió en 2006", key="y2006", date="2006", note="Morales took office (22 January 2006)"),
        Q("tres", "tres semanas", key="weeks", value=3, unit="weeks", qualifier=None, subject=S_WEEKS),
        D("20 de octubre", "cuestionadas elecciones del 20 de octubre.", key="elec2", date="--10-20", note="2019"),
        Q("casi 14", "gobernó por casi 14 años", key="ten2", value=14, unit="years", qualifier="about",
          subject=S_TEN),
        R("este domingo", "recibió este domingo", note="10 November 2019"),
    ],
)

DOCS["803_rt"] = dict(
    language="es",
    items=[
        T("\"ante la escalada de conflicto que atraviesa el país\"", key="q_kal_esc", speaker=KALIMAN,
          attribution="El general Williams Kaliman, comandante en jefe de las Fuerzas Armadas de Bolivia, ha sugerido"),
        T("\"velando por la vida y la seguridad de la población\"", speaker=KALIMAN,
          attribution="(same sentence)"),
        TS("\"Luego de analizar", key="q_kal", speaker=KALIMAN,
           attribution="ha aseverado este alto mando militar en rueda de prensa"),
        T("\"deponer las actitudes de violencia y desorden entre hermanos\"", key="q_kal2", speaker=KALIMAN,
          attribution="Kaliman también ha urgido a los sectores ..."),
        T("\"con sangre y dolor\"", speaker=KALIMAN, attribution="(same sentence, Kaliman)"),
        T("\"al pedido del pueblo boliviano\"", key="q_cal", speaker=CALDERON,
          attribution="el comandante general de la Policía de Bolivia, Yuri Calderón, ha comunicado que"),
        T("\"pacificar\"", speaker=CALDERON, attribution="(same sentence, Calderón's communication)"),
        T("\"Esto es un golpe de Estado\"", "\"Esto es un golpe de Estado\"\n", key="q_golpe_h", speaker=MORALES,
          attribution="subheading; the words of Morales quoted below",
          note="subheading quoting Morales (condenó el jefe de Estado boliviano, two paragraphs below)"),
        T("\"para buscar la paz\"", speaker=MORALES, attribution="Evo Morales había convocado a nuevas elecciones"),
        TS("\"Todo por la vida", speaker=MORALES, attribution="manifestó este mandatario"),
        T("\"ahora lo rechazan todo\"", speaker=MORALES, attribution="Morales condenó que ..."),
        T("\"renuncia\"", "su \"renuncia\"", speaker=MORALES,
          attribution="(same sentence: Morales condenó que ... piden su)",
          note="one word: the civic groups' demand as Morales put it"),
        TS("\"Esto es conspirar", key="q_golpe", speaker=MORALES, attribution="condenó el jefe de Estado boliviano"),
    ],
)

DOCS["804_oxigeno"] = dict(
    language="es",
    items=[
        N("10/11/2019", reason="chrome", note="page timestamp (10 November 2019)"),
        N("16:47", reason="time", note="page timestamp"),
        TS("“Así mismo", "“Así mismo pedimos al pueblo y sectores movilizados a no generar más desorden entre "
           "hermanos para no manchar con dolor y dulto a nuestras familias”, añadió Kaliman", key="q_kal2a",
           speaker=KALIMAN, attribution="añadió Kaliman (before he is introduced in full)"),
        T("“renuncie a su mandato presidencial”", key="q_kal_frag", speaker=KALIMAN,
          attribution="El comandante en jefe de las Fuerzas Armadas, Williams Kaliman, leyó un comunicado en el que sugiere"),
        TS("“Ante la escalada", key="q_kal", speaker=KALIMAN,
           attribution="leyo Kaliman rodeado por el alto mando militar en La Paz"),
        N("20", "artículo 20", reason="identifier", note="article number of a law, inside the quote"),
        TS("“Así mismo", "“Así mismo pedimos al pueblo y sectores movilizados a no generar más desorden entre "
           "hermanos para no manchar con dolor y dulto a nuestras familias”, añadió.", key="q_kal2b",
           speaker=KALIMAN, attribution="añadió (pro-drop; Kaliman from the paragraph before)",
           note="repeats the quote at the top of the page"),
        TS("“nos sumamos", key="q_cal", speaker=CALDERON,
           attribution="el comandante de la Policía, Yuri Calderón, manifestó que:"),
        N("591-2-2445455", reason="identifier", note="telephone number (footer)"),
    ],
)

DOCS["805_ultimahora"] = dict(
    language="es",
    items=[
        T("«razones humanitarias»", speaker=None, attribution="recibió asilo de México por",
          note="Mexico's stated reason (the government; Ebrard in other reports)"),
        N("11.15", reason="time"),
        N("17.15", reason="time", note="17.15 GMT"),
        TS("«Quiero decirles", speaker=MORALES, attribution="dijo Morales a la prensa"),
        T("«golpe de Estado»", key="q_golpe", speaker=MORALES, attribution="Morales, visiblemente cansado, tachó de"),
        D("20 de octubre", key="elec", date="--10-20", note="2019"),
        T("«cordial bienvenida»", speaker=EBRARD, attribution="Ebrard le dio su más (named as the canciller mexicano, Marcelo Ebrard, the paragraph before)"),
        T("«alegría»", speaker=EBRARD, attribution="(same sentence, Ebrard)"),
        Q("Unos 200", value=200, unit="journalists", qualifier="about",
          subject="journalists waiting for Morales at the Mexico City airport hangar (12 November 2019)"),
        R("este martes", "se produce este martes", note="12 November 2019"),
        N("G550", reason="identifier", note="aircraft model"),
        R("este lunes", "Bolivia este lunes", note="11 November 2019"),
        R("Este martes", "Este martes, el canciller", note="12 November 2019"),
        TS("«periplo", end="eof", speaker=EBRARD,
           attribution="el canciller mexicano, Marcelo Ebrard, calificó de", note="cut off by the excerpt ('es')"),
    ],
)

DOCS["806_perfil"] = dict(
    language="es",
    items=[
        D("12 de noviembre", "este martes 12 de noviembre", date="--11-12",
          note="2019; the weekday 'este martes' is left outside (as notredame's 'El lunes 15 de abril')"),
        T("\"la necesidad de crear un clima de paz social\"", speaker=ANEZ,
          attribution="La senadora Jeanine Áñez ... habló de"),
        R("el domingo por la tarde", note="10 November 2019"),
        TS("\"Se materializa", speaker=ANEZ, attribution="explicó Jeanine Añez"),
        T("\"Queremos convocar a elecciones lo más pronto\"", speaker=ANEZ,
          attribution="había dicho en un discurso (pro-drop; Áñez from the sentence before)"),
        Q("52", "de 52 años", key="age_a", value=52, unit="years", qualifier=None, subject=S_AGE_A),
        N("66º", reason="ordinal", note="66th president"),
    ],
)

DOCS["807_ruletarusa"] = dict(
    language="es",
    items=[
        Q("52", "de 52 años", key="age_a", value=52, unit="years", qualifier=None, subject=S_AGE_A),
        D("2010", "Senado en 2010", date="2010", note="Áñez entered the Senate"),
        Q("tres", "en tres meses como máximo", value=3, unit="months", qualifier="at_most",
          subject="deadline for the interim government to call new elections",
          note="'en tres meses como máximo': the qualifier words follow the noun and stay outside the span"),
        TS("“Ante la ausencia", key="q_assume", speaker=ANEZ, attribution="afirmó Áñez al tomar posesión"),
        Q("tres", "las tres fuerzas políticas", value=3, unit="political forces", qualifier=None,
          subject="political forces in the Legislative Assembly (inside Áñez's quote)"),
        R("la tarde el martes", note="12 November 2019 ('el' for 'del' in the text)"),
        D("20 de octubre", key="elec", date="--10-20", note="2019"),
        Q("al menos siete", value=7, unit="people", qualifier="at_least",
          subject="people killed in the unrest since the 20 October 2019 election (as of 12-13 November 2019)"),
        Q("cientos", "cientos de heridos", value=200, unit="people", qualifier="at_least",
          subject="people injured in the unrest since the 20 October 2019 election (as of 12-13 November 2019)",
          note="rough count 'cientos' (hundreds)"),
        TS("“Se ha consumado", end="eol", key="q_tweet", speaker=MORALES,
           attribution="tuiteó Evo Morales desde México (after the next paragraph)",
           note="multi-paragraph quote: the paragraph opens with “ and has no closing mark; the next paragraph "
                "opens again with “ (Spanish convention). One claim per paragraph"),
        TS("“Denuncio", speaker=MORALES, attribution="tuiteó Evo Morales desde México"),
    ],
)

DOCS["808_dailybeast"] = dict(
    language="en",
    items=[
        R("Sunday", "resigned on Sunday", note="10 November 2019"),
        R("lats month", note="'last month' (typo in the text): October 2019"),
        T("“clear manipulation”", speaker=None,
          attribution="election monitor Organization of American States announced (according to BBC News)"),
        R("Sunday", "earlier Sunday", note="10 November 2019"),
        TS("“After analyzing", key="q_kal", speaker=KALIMAN, attribution="army chief General Williams Kaliman said"),
        D("2006", key="y2006", date="2006",
          note="'first elected into presidential office in 2006' (he was elected in December 2005 and took office in January 2006)"),
        T("“for the good of the country.”", speaker=MORALES,
          attribution="Morales announced his resignation ..., reportedly saying he was stepping down"),
    ],
)

DOCS["809_irishtimes"] = dict(
    language="en",
    items=[
        Q("nearly 14", key="ten1", value=14, unit="years", qualifier="about", subject=S_TEN, note="subheading"),
        T("\"I am sending my resignation letter to the Legislative Assembly of Bolivia, \"", speaker=MORALES,
          attribution="the 60-year-old socialist leader said (apposition for Morales)",
          note="space before the closing mark"),
        Q("60", "the 60-year-old", key="age_m", value=60, unit="years", qualifier=None, subject=S_AGE_M,
          note="'60-year-old'"),
        T("“I ask you to stop attacking the brothers and sisters, stop burning and attacking.”", speaker=MORALES,
          attribution="He added:"),
        Q("13", "for 13 years", key="ten2", value=13, unit="years", qualifier=None, subject=S_TEN,
          note="'13 years and nine months': the years part"),
        Q("nine", "and nine months", value=9, unit="months", qualifier=None, subject=S_TEN,
          note="'13 years and nine months': the months part (not grouped)"),
        R("last month", "a fourth term last month", note="October 2019"),
        Q("three", "left three people dead", value=3, unit="people", qualifier=None,
          subject="people killed in the unrest after the 20 October 2019 election (as of 10 November 2019)"),
        Q("over 100", value=100, unit="people", qualifier="more_than",
          subject="people injured in the unrest after the 20 October 2019 election (as of 10 November 2019)"),
        T("“heap of observed irregularities”", speaker=None,
          attribution="the Organisation of American States said in a preliminary report"),
        D("October 20th", key="elec", date="--10-20", note="2019"),
        TS("“After analysing", key="q_kal", speaker=KALIMAN, attribution="Gen Kaliman said"),
    ],
)

DOCS["810_trtworld"] = dict(
    language="en",
    items=[
        R("Sunday", "resignation on Sunday", note="10 November 2019"),
        Q("three", "three weeks", key="weeks", value=3, unit="weeks", qualifier=None, subject=S_WEEKS),
        T("\"I resign my post as president,\"", speaker=MORALES, attribution="Morales said in a televised address"),
        TS("\"I resign my presidency", key="q_why", speaker=MORALES,
           attribution="(next paragraph, no verb: continues Morales's quote)"),
        TS("\"After analysing", key="q_kal", speaker=KALIMAN, attribution="Kaliman told reporters"),
        T("'coup'", "Bolivia 'coup' \n", key="q_coup1", speaker=None, attribution="headline: Cuba condemns",
          note="straight single quotes; Cuba's word (the government)"),
        T("'coup'", "called a 'coup'", key="q_coup2", speaker=None, attribution="what it (Cuba) called a",
          note="straight single quotes"),
        T("\"expresses solidarity with its brother president Evo Morales,\"", speaker="Bruno Rodriguez",
          attribution="Foreign Minister Bruno Rodriguez said in a tweet"),
        T("\"a protagonist and a symbol of the rights of the indigenous peoples of our Americas.\"",
          speaker="Bruno Rodriguez", attribution="adding that Morales was (same sentence)"),
        T("\"coup d'etat\"", speaker="Nicolas Maduro", attribution="Venezuela's President Nicolas Maduro condemned a"),
        TS("\"We categorically", end="eof", speaker="Nicolas Maduro", quote="We categorically condemn the coup d'",
           attribution="(next paragraph, cut off; most likely Maduro's statement)",
           note="cut off by the excerpt ('coup d''); speaker from the paragraph before, not certain; `quote` given by hand "
                "so that the final apostrophe is not taken for a closing mark"),
    ],
)

DOCS["811_upi"] = dict(
    language="en",
    items=[
        R("Tuesday", "Bolivia, Tuesday. Photo by EPA-EFE\nOpposition", note="photo caption: 12 November 2019"),
        R("Tuesday", "Bolivia, Tuesday. Photo by EPA-EFE\n\nNov.", note="photo caption repeated: 12 November 2019"),
        N("Nov. 13 (UPI)", reason="chrome", note="dateline (13 November 2019)"),
        Q("52", "Jeanine Anez, 52", key="age_a", value=52, unit="years", qualifier=None, subject=S_AGE_A),
        R("late Tuesday", note="12 November 2019"),
        T("\"pacify the country.\"", speaker=ANEZ,
          attribution="Jeanine Anez ... telling members of the assembly that she will do what is needed to"),
        Q("60", "Morales, 60", key="age_m", value=60, unit="years", qualifier=None, subject=S_AGE_M),
        R("Sunday", "resigned Sunday", note="10 November 2019"),
        R("last month", note="October 2019"),
        R("Monday", "Morales on Monday", note="11 November 2019"),
        T("\"The most artful and disastrous blow in history has been consummated,\"", key="q_tweet1",
          speaker=MORALES, attribution="Morales said (via Twitter, the sentence before)"),
        TS("\"A coupist", key="q_tweet2", speaker=MORALES, attribution="(continues after Morales said)"),
    ],
)

DOCS["812_tass"] = dict(
    language="en",
    items=[
        N("November 13", reason="chrome", note="dateline 'BUENOS AIRES, November 13. /TASS/.' (2019)"),
        T("\"I immediately assume responsibilities of the head of state in accordance with the constitution,\"",
          key="q_assume", speaker=ANEZ, attribution="Anez said at the Congress session"),
        TS("\"We want the result", speaker=ANEZ, attribution="Anez stressed"),
        D("November 10", date="--11-10", note="2019: the day Morales announced his resignation"),
        R("Tuesday", "Mexico on Tuesday", note="12 November 2019"),
    ],
)

G = goldkit.Groups()
g = G.add

g("date", "agree",
  [("801", "elec"), ("802", "elec1"), ("802", "elec2"), ("805", "elec"), ("807", "elec"), ("809", "elec")],
  "the disputed election of 20 October (2019): '20 de octubre' ×5, 'October 20th'")
g("date", "agree", [("802", "y2006"), ("808", "y2006")],
  "2006, start of Morales's presidency ('asumió en 2006' / 'first elected into presidential office in 2006')")
g("quantity", "agree", [("802", "ten1"), ("802", "ten2"), ("809", "ten1"), ("809", "ten2")],
  "time in power: 'casi 14 años' ×2, 'nearly 14 years', '13 years and nine months' (the 13 of it) - compatible")
g("quantity", "agree", [("802", "age_m"), ("809", "age_m"), ("811", "age_m")], "Morales is 60")
g("quantity", "agree", [("806", "age_a"), ("807", "age_a"), ("811", "age_a")], "Áñez is 52")
g("quantity", "agree", [("802", "weeks"), ("810", "weeks")], "three weeks of protests ('tres semanas' / 'three weeks')")
g("quote", "variant",
  [("803", "q_kal"), ("803", "q_kal_esc"), ("804", "q_kal"), ("804", "q_kal_frag"), ("808", "q_kal"), ("809", "q_kal"),
   ("810", "q_kal")],
  "Kaliman's statement: 'Luego de analizar la situación conflictiva interna, sugerimos al presidente del Estado que "
  "renuncie a su mandato presidencial...' (803); 808 and 810 give the same English translation ('analyzing'/'analysing'), "
  "a faithful one; 809 another translation ('we ask the president to resign, allowing peace to be restored'); 804 "
  "quotes a longer version with the preamble, ending at 'que renuncie', and the fragment 'renuncie a su mandato "
  "presidencial' separately; 803's fragment 'ante la escalada de conflicto que atraviesa el país' is the preamble "
  "804 quotes (added in the eleventh session: the first annotation left it alone)")
g("quote", "variant", [("803", "q_kal2"), ("804", "q_kal2a"), ("804", "q_kal2b")],
  "Kaliman's call to the protesters: 'deponer las actitudes de violencia y desorden entre hermanos' (803) / 'Así "
  "mismo pedimos al pueblo y sectores movilizados a no generar más desorden entre hermanos...' (804, twice)")
g("quote", "variant", [("803", "q_cal"), ("804", "q_cal")],
  "Calderón: 'al pedido del pueblo boliviano' (803, partial) / 'nos sumamos al pedido del pueblo boliviano de sugerir "
  "al señor presidente Evo Morales presentar su renuncia' (804)")
g("quote", "variant", [("801", "q_why"), ("810", "q_why")],
  "Morales: 'Por qué decidí esta renuncia, para que Mesa y Camacho no sigan persiguiendo a mis hermanos, dirigentes "
  "sindicales...' (801, longer) / 'I resign my presidency. Why did I decide to resign? So that ... Mesa and ... "
  "Camacho do not continue to persecute my brothers, union leaders.' (810)")
g("quote", "variant", [("803", "q_golpe_h"), ("803", "q_golpe"), ("805", "q_golpe")],
  "Morales: 'Esto es un golpe de Estado' (subheading) / 'Esto es conspirar contra la democracia, esto es un golpe de "
  "Estado' / 805's «golpe de Estado» (added in the eleventh session: the first annotation kept 805's words apart)")
g("quote", "variant", [("807", "q_tweet"), ("811", "q_tweet1"), ("811", "q_tweet2")],
  "Morales's tweet on Áñez: 'Se ha consumado el golpe más artero y nefasto de la historia. Una senadora de derecha "
  "golpista se autoproclama...' (807, one paragraph) / UPI's translation in two quotes ('The most artful and "
  "disastrous blow in history has been consummated' + 'A coupist right-wing senator calls herself...')")
g("quote", "variant", [("807", "q_assume"), ("812", "q_assume")],
  "Áñez taking office: '... asumo de inmediato como Presidenta del Estado (…) El pueblo boliviano es testigo...' "
  "(807, longer) / 'I immediately assume responsibilities of the head of state in accordance with the constitution' (812)")
g("quote", "single-source", [("810", "q_coup1"), ("810", "q_coup2")], "Cuba's 'coup' (headline and body)")


def build():
    goldkit.build(HERE, DOCS, G, MARKS)


if __name__ == "__main__":
    build()
