"""Build the gold YAML files of /work/real/cave from the hand-written spec below.

Usage: /work/venv/bin/python /work/real/cave/make_gold.py

Adapted from tests/heldout2/make_gold.py.  Every claim and not_claim is located
by an anchor (a unique context string in the raw file text) so that offsets are
computed, never typed.  Quotes may also be given by their opening words only
(`TS`): the span is then extended from the opening mark to the matching closing
mark (or to the end of the paragraph / of the file for quotes that run on or
are cut off), and the span text is taken from the file.  Ids are assigned per
kind in document order; groups refer to claims by a local key.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(next(p for p in Path(__file__).resolve().parents if p.name == "tests")))
import goldkit  # noqa: E402  (tests/goldkit.py: what every set's make_gold.py shares)
from goldkit import C, D, Marks, N, R, T, TS  # noqa: E402

HERE = Path(__file__).resolve().parent

MARKS = Marks(["“", "«", '"', "‘", "'"],
              ["”", "»", '"', "’", "'"],
              {"“": "”", "«": "»", '"': '"', "‘": "’", "'": "'"})


def Q(text, anchor=None, key=None, **f):
    """A quantity; its qualifier written out as null when the spec gives none."""
    f.setdefault("qualifier", None)
    return C("quantity", text, anchor, key, **f)


# --------------------------------------------------------------------------
# Spec
# --------------------------------------------------------------------------
DOCS = {}

BOYS = "boys of the Wild Boars football team trapped in Tham Luang cave"
COACH_AGE = "age of the Wild Boars' (assistant) coach, Ekkapol Chantawong"
SAMAN_AGE = "age of Saman Kunan, the former Thai Navy SEAL diver who died during the rescue"
AGE_MIN = "age of the trapped boys: lower bound of the stated range (youngest)"
AGE_MAX = "age of the trapped boys: upper bound of the stated range (oldest)"
DAYS_FOUND = "time the group had been missing/trapped when the British divers found them (2 July)"
DAYS_TOTAL = "total time the group was trapped in the cave, as of the final rescue day (10 July)"
DIST = "distance from the cave entrance (exit) to the place where the group was found / trapped"
THIRTEEN = "members of the trapped group (12 boys and their coach)"
EIGHT = "boys brought out on the first two rescue days (Sunday 8 and Monday 9 July)"
DAY1 = "boys brought out on the first rescue day (Sunday 8 July)"
DAY2 = "boys brought out on the second rescue day (Monday 9 July)"
FINAL4 = "boys still to be brought out (with the coach) on the third and last rescue day (10 July)"
BRIT2 = "British divers who found the group (John Volanthen and Rick Stanton)"
SEALS3 = "Thai navy SEALs who stayed with the boys in the cave (with a doctor) and came out last"
RANGE_LO = "range: lower bound"
RANGE_HI = "range: upper bound"

DOCS["351_thailandnews"] = dict(language="en", items=[
    N("third", "the third day", reason="ordinal", note="'on the third day of the rescue operations'"),
    Q("Over 1,000", value=1000, unit="people", qualifier="more_than",
      subject="people involved in the rescue operation"),
    D("23 June 2018", key="jun23", date="2018-06-23", note="the day the team entered the cave and was trapped"),
    Q("twelve", "twelve boys aged", key="boys12", value=12, unit="people", subject=BOYS),
    Q("11", "aged 11 to 17", key="age_min", value=11, unit="years", qualifier="at_least", subject=AGE_MIN,
      note="'aged 11 to 17': " + RANGE_LO),
    Q("17", "aged 11 to 17", key="age_max", value=17, unit="years", qualifier="at_most", subject=AGE_MAX,
      note="'aged 11 to 17': " + RANGE_HI + "; most other outlets say 11 to 16"),
    Q("25", "25-year-old", key="coach_age", value=25, unit="years", subject=COACH_AGE, note="'25-year-old football coach'"),
    D("2 July", key="jul2", date="--07-02", note="day the British divers found the team; no year given (2018 by context)"),
    Q("over nine", key="days_found", value=9, unit="days", qualifier="more_than", subject=DAYS_FOUND,
      note="'over nine days after they went missing'"),
    Q("about 3.2", key="dist", value=3.2, unit="kilometers", qualifier="about", subject=DIST,
      note="'about 3.2 kilometers from the cave entrance'"),
    Q("38", "a 38 years-old", key="saman_age", value=38, unit="years", subject=SAMAN_AGE),
    Q("12", "of the 12 boys", key="boys12b", value=12, unit="people", subject=BOYS),
    T("‘kid-sized’", key="q_kid", speaker=None,
      attribution="(unattributed) 'personally delivered a ‘kid-sized’ mini submarine'",
      note="scare-quoted descriptor; echoes Musk's 'kid-size submarine' but the document does not attribute it"),
    T("‘not practical’", speaker=None, attribution="Thai authorities said the idea is"),
    Q("30", "has 30 years", value=30, unit="years", subject="Richard Harris's diving experience"),
])

DOCS["352_fastgoal_ap"] = dict(language="en", items=[
    Q("12", "All 12 Thai boys", key="boys12h", value=12, unit="people", subject=BOYS, note="headline"),
    Q("12", "saved all 12 boys", key="boys12", value=12, unit="people", subject=BOYS),
    Q("18", "grueling 18-day", key="days_total", value=18, unit="days", subject=DAYS_TOTAL,
      note="'ending a grueling 18-day ordeal'"),
    R("Tuesday", "Facebook page Tuesday"),
    T("“We are not sure if this is a miracle, a science, or what. All the thirteen Wild Boars are now out of the cave,”",
      key="q_seals", speaker=None, attribution="the SEALs wrote (Thai navy SEALs' Facebook page)"),
    Q("thirteen", "All the thirteen", key="thirteen", value=13, unit="people", subject=THIRTEEN,
      note="inside the SEALs' quote"),
    Q("three", "A medic and three", key="seals3", value=3, unit="troops", subject=SEALS3),
    T("“We did something nobody thought possible,”", speaker="Narongsak Osottanakorn",
      attribution="Narongsak said (Chiang Rai Gov. Narongsak Osatanakorn)"),
    N("dozens", "where dozens of", note="vague amount"),
    T("“If I see him, I just want to hug him and tell him that I missed him very much,”",
      speaker="Amporn Sriwichai", attribution="she said (Amporn Sriwichai, an aunt of the rescued coach)"),
    R("Sunday", "Sunday’s game", note="day of the World Cup final"),
    R("Tuesday", "later on Tuesday"),
])

DOCS["353_bangkokpost"] = dict(language="en", items=[
    Q("12", "All 12 boys, coach brought out\ntext", key="boys12h1", value=12, unit="people", subject=BOYS,
      note="headline (first copy)"),
    Q("12", "\n\nAll 12 boys, coach brought out\n\nAn", key="boys12h2", value=12, unit="people", subject=BOYS,
      note="headline (second copy)"),
    R("Tuesday night", "to safety Tuesday night. (AP photo)\nAn", note="photo caption (first copy)"),
    R("Tuesday night", "to safety Tuesday night. (AP photo)\n\nMAE", note="photo caption (second copy)"),
    Q("12", "All 12 boys and their football coach trapped", key="boys12", value=12, unit="people", subject=BOYS),
    Q("17", "for 17 days", key="days_total", value=17, unit="days", subject=DAYS_TOTAL),
    T("“The 9th Wild Boar was out of the cave at 4.06pm,”", speaker=None,
      attribution="the Thai Navy Seals posted on Facebook"),
    N("9th", reason="ordinal", note="ninth boy out"),
    N("4.06pm", "at 4.06pm,”", reason="time"),
    R("Tuesday", "on Facebook on Tuesday"),
    N("10th", "the 10th came out", reason="ordinal"),
    N("11th", reason="ordinal"),
    N("12th", reason="ordinal"),
    N("6.25pm", reason="time"),
    Q("25", "Their 25-year-old", key="coach_age", value=25, unit="years", subject=COACH_AGE),
    N("9.40pm", reason="time"),
    Q("three", "the three navy Seals", key="seals3", value=3, unit="troops", subject=SEALS3),
    T('"The 10th is at the cave entrance on the way to the field hospital,"', speaker=None,
      attribution="a navy official told AFP, requesting anonymity"),
    N("10th", '"The 10th is', reason="ordinal"),
    T('"the ninth and tenth were about 20 minutes apart."', speaker=None,
      attribution="a police source, who also did not want to be named, said"),
    Q("about 20", value=20, unit="minutes", qualifier="about",
      subject="time between the ninth and the tenth boy coming out", note="inside the police source's quote"),
    R("Tuesday", "rumours on Tuesday"),
    T('"Who the hell would give that to a kid?"', speaker="Prayut Chan-o-cha",
      attribution="Prime Minister Prayut Chan-o-cha dismissed rumours ... saying"),
    T('"something to make them not too nervous and panic"', speaker="Prayut Chan-o-cha",
      attribution="He said they were given"),
    R("Tuesday", "Earlier on Tuesday"),
    Q("four", "save four boys", key="final4", value=4, unit="people", subject=FINAL4),
    Q("more than two", "for more than two weeks", key="weeks_total", value=2, unit="weeks", qualifier="more_than",
      subject=DAYS_TOTAL),
    Q("eight", "the eight already", key="eight", value=8, unit="people", subject=EIGHT),
    R("Tuesday", "Tuesday's intricate"),
])

DOCS["354_divemagazine"] = dict(language="en", items=[
    Q("12", "all of the 12 teenage", key="boys12", value=12, unit="people", subject=BOYS),
    R("today", "Cave Complex today"),
    N("6pm", "around 6pm", reason="time"),
    Q("5", "trapped 5km", key="dist", value=5, unit="kilometers", subject=DIST,
      note="'trapped 5km underground'"),
    Q("19", "for 19 days", key="days_total", value=19, unit="days", subject=DAYS_TOTAL),
    N("5.15pm", reason="time"),
    N("8.15pm AEST", reason="time"),
    N("4.30pm", reason="time"),
    N("7.30pm AEST", reason="time"),
    N("4.06pm", "earlier at 4.06pm", reason="time"),
    Q("19", "team of 19 divers", value=19, unit="divers",
      subject="divers in the rescue team that went in on the final rescue day"),
    Q("roughly seven", value=7, unit="hours", qualifier="about",
      subject="how long before the last boy and the coach came out the final rescue team had entered the cave"),
    Q("More than 90", key="divers90", value=90, unit="divers", qualifier="more_than",
      subject="divers involved in the rescue operation"),
    Q("50 or so", key="divers50", value=50, unit="divers", qualifier="about",
      subject="divers in the operation from the (international) cave diving community",
      note="'50 or so from the cave diving community'"),
    Q("four", "The first four", key="day1", value=4, unit="people", subject=DAY1),
    R("Sunday", "Volanthen on Sunday"),
    Q("four", "group of four", key="day2", value=4, unit="people", subject=DAY2),
    R("Monday", "four out on Monday"),
    R("today", "reporters that today"),
    N("two", "than the previous two.", note="'the previous two' (rescue days): deictic, nothing reported"),
    T("‘Please give us time to work. Today’s mission is more demanding than the two previous days.’",
      speaker="Narongsak Osottanakorn", attribution="He said before the last victims appeared: (the governor)"),
    R("Today", "work. Today"),
    N("two", "the two previous days", note="'the two previous days': deictic, nothing reported"),
    Q("one", "by one death", value=1, unit="deaths", subject="deaths during the rescue operation"),
    R("Friday", "caves on Friday"),
    Q("eight", "All eight of the children", key="eight", value=8, unit="people", subject=EIGHT),
    R("Sunday", "rescued on Sunday and"),
    R("Monday", "Sunday and Monday are"),
    T("‘All eight are in good health, no fever… everyone is in a good mental state,’",
      speaker="Jesada Chokedamrongsuk",
      attribution="Jesada Chokedamrongsuk, permanent secretary of the public health ministry, said"),
    Q("eight", "‘All eight are", key="eight_q", value=8, unit="people", subject=EIGHT, note="inside the quote"),
    R("this morning"),
])

DOCS["355_tnp"] = dict(language="en", items=[
    D("June 23", key="jun23", date="--06-23", note="no year given (2018)"),
    Q("12", "June 23, 12 boys", key="boys12", value=12, unit="people", subject=BOYS),
    Q("nine", "After nine days", key="days_found", value=9, unit="days", subject=DAYS_FOUND),
    Q("two", "two British divers", key="brit2", value=2, unit="divers", subject=BRIT2),
    Q("more than 4", key="dist", value=4, unit="kilometers", qualifier="more_than", subject=DIST,
      note="'more than 4km inside the cave network'"),
    Q("90", "team of 90 divers", key="divers90", value=90, unit="divers", subject="divers involved in the rescue operation"),
    Q("50", "50 of them foreigners", key="divers50", value=50, unit="divers",
      subject="divers in the operation from the (international) cave diving community",
      note="'50 of them foreigners'"),
    R("Sunday", "On Sunday"),
    N('"Mission Impossible"', note="quoted nickname of the rescue mission"),
    Q("four", "begins and four boys", key="day1", value=4, unit="people", subject=DAY1),
    R("Monday", "On Monday"),
    Q("four", "another four boys", key="day2", value=4, unit="people", subject=DAY2),
    R("Yesterday"),
    N("one", "no one gives up", note="'no one': pronoun, nothing counted"),
    Q("four", "the last four boys", key="final4", value=4, unit="people", subject=FINAL4),
    Q("17", "for 17 days", key="days_total", value=17, unit="days", subject=DAYS_TOTAL),
    TS('"We are not sure i', end="eof", key="q_seals", speaker=None,
       attribution="The Thai Navy Seals said it best on their Facebook page:",
       note="cut off by the end of the stored excerpt (no closing mark)"),
])

DOCS["356_extra_ie"] = dict(language="en", items=[
    Q("37", "Saman Kunan, 37", key="saman_age", value=37, unit="years", subject=SAMAN_AGE,
      note="other outlets (351, 357, 364, 365) say 38"),
    Q("1.2", "1.2 miles", value=1.2, unit="miles",
      subject="distance from the cave entrance to the command-centre cavern (chamber 3) Saman was returning to"),
    N("2am", reason="time", note="time Saman ran out of air"),
    Q("12", "get the 12 boys", key="boys12", value=12, unit="people", subject=BOYS),
    Q("25", "25-year-old", key="coach_age", value=25, unit="years", subject=COACH_AGE),
    Q("13", "trapped for 13 days", key="days13", value=13, unit="days",
      subject="time the team had been trapped, as of 6 July"),
    Q("nearly two", key="weeks13", value=2, unit="weeks", qualifier="about",
      subject="time the team had been trapped (without food and sunlight), as of 6 July",
      note="'nearly' read as about"),
    T("‘limited’", speaker=None,
      attribution="officials have warned that the window of opportunity to free those trapped is now"),
    T("‘At first, we thought the children could stay for a long time … but now things have changed, we have a limited time,’",
      speaker="Apakorn Yookongkaew", attribution="Yookongkaew said (Commander Arpakorn Yookongkaew)"),
    T("‘These accidents can happen sometimes to anyone in the field, but we will go ahead and keep working,’",
      speaker="Apakorn Yookongkaew", attribution="he told The Guardian"),
    T("‘We won’t let his life be in vain. We will carry on.’", key="q_vain", speaker="Apakorn Yookongkaew",
      attribution="He added:"),
    Q("More than 2,000", value=2000, unit="people", qualifier="more_than",
      subject="soldiers, engineers and paramedics helping with the rescue effort (as of 6 July)"),
    T("‘skilled and talented SEAL and a triathlon athlete’", speaker=None,
      attribution="Thai Navy Seals paid tribute ..., describing him as"),
    TS("‘Even after he departed", end="eol", speaker=None, attribution="Their statement added: (Thai Navy Seals)",
       note="quote continues into the next paragraph (no closing mark at the paragraph end); the next paragraph is annotated separately"),
    TS("‘He always participated", end="eof", speaker=None, attribution="(Thai Navy Seals' statement, continued)",
       note="continuation paragraph of the previous quote; cut off by the end of the stored excerpt"),
])

DOCS["357_popculture"] = dict(language="en", items=[
    Q("12", "rescue 12 boys", key="boys12", value=12, unit="people", subject=BOYS),
    R("Friday", "northern Thailand Friday"),
    N("2nd", reason="rank", note="'Petty Officer 2nd Class' (rank)"),
    Q("38", "Saman Kunan, 38", key="saman_age", value=38, unit="years", subject=SAMAN_AGE),
    R("early Friday"),
    N('"chamber 3,"', reason="identifier", note="quoted chamber name 'chamber 3' (with the comma inside the marks)"),
    Q("about 1,700", value=1700, unit="meters", qualifier="about",
      subject="distance from chamber 3 to the trapped boys through the flooded tunnels"),
    N("1 a.m.", reason="time",
      note="time of Saman's death in the body ('around 1 a.m.'); the deputy governor's quote below says around 2 a.m."),
    R("Friday morning"),
    T('"A former SEAL who volunteered to help died last night around 2 a.m.,"', speaker="Passakorn Boonyaluck",
      attribution="Chiang Rai's deputy governor, Passakorn Boonyaluck, told reporters at the rescue site"),
    R("last night", "died last night"),
    N("2 a.m.", reason="time", note="inside the quote; contradicts 'around 1 a.m.' in the body (times are not claims)"),
    T('"His job was to deliver oxygen. He did not have enough on his way back."', speaker="Passakorn Boonyaluck",
      attribution="(Passakorn Boonyaluck, continued)"),
    Q("almost two", value=2, unit="weeks", qualifier="about",
      subject="time the missing team had been at the forefront of national news (as of 6 July)",
      note="'almost' read as about"),
    T('"The conditions in the cave are tough,"', speaker="Apakorn Yookongkaew",
      attribution="said Thai SEAL commander Apakorn Yookongkaew"),
    TS('"Once he placed', key="q_vain", speaker="Apakorn Yookongkaew", attribution="(Apakorn Yookongkaew, continued)"),
    R("Friday", "concerns Friday"),
])

DOCS["358_cna_divers"] = dict(language="en", items=[
    Q("Two", "Two cave divers", key="brit2", value=2, unit="divers", subject=BRIT2),
    Q("12", "found 12 Thai", key="boys12", value=12, unit="people", subject=BOYS),
    R("Monday", "on Monday (Jul 2)"),
    D("Jul 2", key="jul2", date="--07-02", note="in parentheses after 'Monday'; no year given (2018)"),
    Q("nine", "nine long days", key="days_found", value=9, unit="days", subject=DAYS_FOUND),
    T('"Where you come from?"', speaker=None, attribution="one of the questions the youngsters asked was:"),
    N("one", "one of the questions", note="pronoun 'one of'"),
    N("one", "one of the rescuers", note="pronoun 'one of'"),
    T('"England, UK"', speaker=None, attribution="one of the rescuers said"),
    Q("two", "The two British divers", key="brit2b", value=2, unit="divers", subject=BRIT2),
    Q("three", "three-man team", key="bcrc3", value=3, unit="divers",
      subject="British Cave Rescue Council divers sent to Thailand", note="'a three-man team'"),
    Q("47", key="vol47", value=47, unit="years", subject="age of John Volanthen"),
    Q("56", key="stan56", value=56, unit="years", subject="age of Rick Stanton"),
    Q("18", "since he was 18", value=18, unit="years", subject="Rick Stanton's age when he took up diving"),
    D("2013", date="2013", note="Stanton awarded an MBE"),
    D("2010", date="2010", note="rescue of a French potholer"),
    D("2011", date="2011", note="world record for the longest cave dive (Pozo Azul)"),
    R("last week"),
    Q("three", "three experienced cave divers", key="bcrc3b", value=3, unit="divers",
      subject="British Cave Rescue Council divers sent to Thailand"),
    TS('"Cave diving rescue', end="eof", speaker=None, attribution="the council said (British Cave Rescue Council statement)",
       note="cut off by the end of the stored excerpt (no closing mark)"),
])

DOCS["359_abc_au"] = dict(language="en", items=[
    T("'kid-size'", key="q_kid_h", speaker="Elon Musk", attribution="headline: Elon Musk drops off his ... submarine",
      note="straight single quotes in the headline; Musk's words per the body"),
    R("the weekend", "On the weekend"),
    T('"tiny, kid-size submarine"', key="q_kid", speaker="Elon Musk",
      attribution="Mr Musk said he had been building a"),
    T('"feedback from Thailand"', speaker="Elon Musk", attribution="(Musk) with"),
    Q("Twelve", "Twelve members", key="boys12", value=12, unit="people", subject=BOYS),
    D("June 23", key="jun23", date="--06-23", note="no year given (2018)"),
    Q("eight", "first eight boys", key="eight", value=8, unit="people", subject=EIGHT),
    R("Sunday", "on Sunday and Monday"),
    R("Monday", "Sunday and Monday."),
    T('"in case it may be useful in future"', speaker="Elon Musk", attribution="he said he would leave it at the cave"),
    R("today", "tweet today"),
    T('"just returned from Cave 3. Mini-sub is ready if needed."', speaker="Elon Musk",
      attribution="In a tweet today Mr Musk said he had"),
    N("Cave 3", reason="identifier", note="name of the cave chamber (chamber 3), inside the quote"),
    T('"It is made of rocket parts & named Wild Boar after kids\' soccer team."', speaker="Elon Musk",
      attribution="(Musk's tweet, continued)"),
    T('"Thailand is so beautiful."', speaker="Elon Musk", attribution="He added:"),
    Q("Four", "Four boys and the coach", key="final4", value=4, unit="people", subject=FINAL4),
    R("yesterday", "submarine yesterday"),
    Q("four", 'had four "handles', value=4, unit="handles",
      subject="handles/hitch points on both the front and back of the mini-submarine"),
    T('"handles/hitch points"', speaker="Elon Musk", attribution="Mr Musk said the design had four"),
    TS('"Two air tank', speaker="Elon Musk", attribution="adding:"),
    Q("Two", "Two air tank", value=2, unit="connections", subject="air tank connections on the front of the mini-submarine",
      note="inside Musk's quote"),
    Q("two", "two on rear", value=2, unit="connections", subject="air tank connections on the rear of the mini-submarine",
      note="inside Musk's quote"),
    Q("one", "allowing one to four", value=1, unit="tanks", qualifier="at_least",
      subject="air tanks that can be connected to the mini-submarine at once", note="'one to four tanks': " + RANGE_LO),
    Q("four", "one to four tanks", value=4, unit="tanks", qualifier="at_most",
      subject="air tanks that can be connected to the mini-submarine at once", note="'one to four tanks': " + RANGE_HI),
    T('"segmented compartments to place rocks or dive weights [and] adjust buoyancy"', speaker="Elon Musk",
      attribution="It also has"),
])

DOCS["360_rt_hallazgo"] = dict(language="es", items=[
    Q("12", "a 12 niños", key="boys12", value=12, unit="people", subject=BOYS),
    Q("11", "(entre 11 y 16", key="age_min", value=11, unit="years", qualifier="at_least", subject=AGE_MIN,
      note="'(entre 11 y 16 años)': " + RANGE_LO),
    Q("16", "(entre 11 y 16", key="age_max", value=16, unit="years", qualifier="at_most", subject=AGE_MAX,
      note="'(entre 11 y 16 años)': " + RANGE_HI),
    Q("10", "durante 10 días", key="days_found", value=10, unit="days", subject=DAYS_FOUND,
      note="'perdidos durante 10 días'"),
    T('"sanos y salvos"', key="q_sanos", speaker="Narongsak Osottanakorn",
      attribution="informa Bangkok Post citando al gobernador de Chiang Rai, Narongsak Osottanakorn"),
    Q("unos 400", key="pattaya400", value=400, unit="meters", qualifier="about",
      subject="distance between the place the group was found and the 'Pattaya Beach' chamber"),
    N("'la Playa de Pattaya'", note="quoted place name (straight single quotes)"),
    Q("más de 3", key="dist", value=3, unit="kilometers", qualifier="more_than", subject=DIST,
      note="'los más de 3 kilómetros ... que los separan de la salida de la cueva'"),
    T('"un médico que sepa bucear"', key="q_doctor", speaker="Narongsak Osottanakorn",
      attribution="Osottanakorn también ha aclarado que se les llevará comida y que"),
    T('"No estamos seguros de que puedan alimentarse, ya que han estado mucho tiempo sin comer"', key="q_food",
      speaker="Narongsak Osottanakorn", attribution="ha constatado (Osottanakorn)"),
    D("23 de junio", "El 23 de junio, el grupo", key="jun23", date="--06-23", note="no year given (2018)"),
    Q("11", "de entre 11 y 16", key="age_min2", value=11, unit="years", qualifier="at_least", subject=AGE_MIN,
      note="'de entre 11 y 16 años': " + RANGE_LO),
    Q("16", "de entre 11 y 16", key="age_max2", value=16, unit="years", qualifier="at_most", subject=AGE_MAX,
      note="'de entre 11 y 16 años': " + RANGE_HI),
    Q("25", "entrenador de 25", key="coach_age", value=25, unit="years", subject=COACH_AGE),
    Q("cuatro", "a cuatro kilómetros", key="dist2", value=4, unit="kilometers", subject=DIST,
      note="'hasta quedar bloqueados a cuatro kilómetros de la entrada'"),
    D("23 de junio", "la tarde del 23 de junio", key="bikes_date", date="--06-23",
      note="'la tarde del 23 de junio': the afternoon park staff found the bicycles; no year given"),
    N("una", "una motocicleta", note="article: 'una motocicleta y 11 bicicletas' (one motorcycle); not counted as a claim"),
    Q("11", "y 11 bicicletas", key="bikes", value=11, unit="bicycles",
      subject="bicycles found near the cave entrance on 23 June"),
])

DOCS["361_lagaceta"] = dict(language="es", items=[
    Q("12", "a los 12 chicos", key="boys12", value=12, unit="people", subject=BOYS),
    Q("nueve", "hace nueve días", key="days_found", value=9, unit="days", subject=DAYS_FOUND,
      note="'que estaban atrapados ... hace nueve días'"),
    Q("400", "a 400 metros de la entrada", key="dist", value=400, unit="meters", subject=DIST,
      note="'quedaron bloqueados a 400 metros de la entrada': other outlets say 3 to 5 km; 400 m is the distance "
           "from the 'Pattaya Beach' chamber (360, 362), apparently misread as the distance from the cave entrance"),
    D("23 de junio", date="--06-23",
      note="'Desde el pasado 23 de junio' rescuers have taken part in the search: start of the search, "
           "not grouped with the date the group entered the cave"),
    Q("unos 1.300", value=1300, unit="people", qualifier="about",
      subject="personnel ('efectivos') who have taken part in the search and rescue since 23 June",
      note="thousands separator '.'"),
    Q("más de tres", key="dist2", value=3, unit="kilometers", qualifier="more_than", subject=DIST,
      note="'los más de tres kilómetros que los separan de la salida de la cueva'"),
    Q("unas 20", value=20, unit="pumps", qualifier="about", subject="water pumps used to lower the water level in the cave"),
])

DOCS["362_lmneuquen"] = dict(language="es", items=[
    T("“Encontramos a los 13 sanos y salvos”", key="q_sanos", speaker="Narongsak Osottanakorn",
      attribution="anunció Narongsak Osottanakorn, gobernador de la provincia de Chiang Rai"),
    Q("13", "los 13 sanos", key="thirteen", value=13, unit="people", subject=THIRTEEN, note="inside the governor's quote"),
    Q("más de 3", key="dist", value=3, unit="kilometers", qualifier="more_than", subject=DIST,
      note="'los más de 3 kilómetros que los separan de la salida de la cueva'"),
    T("“Les llevaremos comida, pero no estamos seguros de que puedan alimentarse, ya que no comen desde hace mucho. "
      "También llevaremos a un médico que sepa bucear”", key="q_food",
      speaker="Narongsak Osottanakorn", attribution="añadió (el gobernador)"),
    R("las últimas horas", "En las últimas horas"),
    Q("400", "justamente a 400", key="pattaya400", value=400, unit="meters",
      subject="distance between the place the group was found and the 'Pattaya Beach' chamber",
      note="'a 400 metros de esa entrada' = the entrance of the Pattaya Beach chamber"),
])

DOCS["363_conectared"] = dict(language="es", items=[
    R("hoy", "festejan hoy"),
    Q("12", "salvamento de 12", key="boys12", value=12, unit="people", subject=BOYS),
    D("23 de junio", key="jun23", date="--06-23", note="no year given (2018)"),
    Q("13", "los 13 exploradores", key="thirteen", value=13, unit="people", subject=THIRTEEN),
    D("24 de junio", date="--06-24", note="first exploration missions of the rescue teams"),
    D("dos de julio", key="jul2", date="--07-02", note="British divers found the group"),
    Q("cuatro", "con vida a cuatro", key="dist", value=4, unit="kilometers", subject=DIST,
      note="'a cuatro kilómetros de profundidad'"),
    D("cuatro de julio", date="--07-04", note="start of the boys' diving course"),
    D("seis del mismo mes", date="--07-06", note="'el seis del mismo mes' (July): death of a diver reported"),
    N("una", "una de las tarea", note="pronoun 'una de'"),
    D("ocho de julio", date="--07-08", note="first rescue day"),
    Q("cuatro", "primeros cuatro", key="day1", value=4, unit="people", subject=DAY1),
    D("nueve de julio", date="--07-09", note="second rescue day"),
    Q("cuatro", "siguientes cuatro", key="day2", value=4, unit="people", subject=DAY2),
    D("10 de julio", date="--07-10", note="third rescue day; in apposition to 'el día de hoy' (not annotated separately)"),
    Q("cuatro", "los cuatro niños restantes", key="final4", value=4, unit="people", subject=FINAL4),
    Q("aproximadamente una", value=1, unit="weeks", qualifier="about",
      subject="time the rescued boys and coach will stay under observation in hospital"),
])

SAMAN_TRIP = "duration of the trip out of the Tham Luang cave complex (as Saman was leaving)"
DOCS["364_elcomercio"] = dict(language="es", items=[
    TS('"Fui su compañero', speaker=None, attribution="uno de sus colegas y amigos describió (unnamed)",
       note="unnamed colleague and friend of Saman"),
    Q("38", "de 38 años", key="saman_age", value=38, unit="years", subject=SAMAN_AGE),
    Q("12", "de los 12 adolescentes", key="boys12", value=12, unit="people", subject=BOYS),
    Q("dos", "entre dos puntos", key="points2", value=2, unit="points",
      subject="points in the underground network between which Saman was carrying oxygen"),
    Q("cinco", "recorrido de cinco horas", key="hours5", value=5, unit="hours", subject=SAMAN_TRIP),
    T('"un hombre alegre que siempre hablaba en serio sobre su trabajo"', speaker="Saeree Ruangsiri",
      attribution="le dijo Saeree al servicio tailandés de la BBC"),
    TS('"Me enteré', speaker="Saeree Ruangsiri", attribution="(Saeree, continued)"),
    Q("dos", "noticia dos horas", value=2, unit="hours",
      subject="how long before the press conference Saeree learned of Saman's death", note="inside the quote"),
    T('"Cuando recibí la llamada telefónica, quedé en shock"', speaker="Chalong Panpong",
      attribution="dijo (el teniente Chalong Panpong, exentrenador de Saman)"),
    T('"Él era un atleta muy fuerte, increíble"', speaker="Chalong Panpong", attribution="(continued)"),
    N("O2MAX", reason="identifier", note="team name in a photo credit"),
    TS('"Fue mi alumno', speaker="Chalong Panpong", attribution="contó el teniente"),
    Q("dos", "durante dos años", value=2, unit="years",
      subject="time Saman attended a training school for petty officers", note="inside the quote"),
    TS('"Luego aprendió', end="eof", speaker="Chalong Panpong", attribution="(the lieutenant, continued)",
       note="cut off by the end of the stored excerpt (no closing mark)"),
])

DOCS["365_lahora"] = dict(language="es", items=[
    Q("38", "de 38 años", key="saman_age", value=38, unit="years", subject=SAMAN_AGE),
    Q("12", "de los 12 adolescentes", key="boys12", value=12, unit="people", subject=BOYS),
    Q("dos", "entre dos puntos", key="points2", value=2, unit="points",
      subject="points in the underground network between which Saman was carrying oxygen"),
    Q("cinco", "recorrido de cinco horas", key="hours5", value=5, unit="hours", subject=SAMAN_TRIP),
])

DOCS["366_losandes"] = dict(language="es", items=[
    Q("12", "de los 12 chicos", key="boys12", value=12, unit="people", subject=BOYS),
    Q("18", "drama de 18", key="days_total", value=18, unit="days", subject=DAYS_TOTAL,
      note="'concluyendo un drama de 18 días'"),
    Q("cuatro", "últimos cuatro", key="final4", value=4, unit="people", subject=FINAL4),
    Q("25", "entrenador de 25", key="coach_age", value=25, unit="years", subject=COACH_AGE),
    R("la tarde del martes"),
    Q("ocho", "Los otros ocho", key="eight", value=8, unit="people", subject=EIGHT),
    R("el domingo", "entre el domingo"),
    R("el lunes", "y el lunes"),
    T('"No sabemos si esto fue un milagro o algo científico o qué, pero lo cierto es que los 13 Jabalíes Salvajes están fuera de la cueva"',
      key="q_seals", speaker=None, attribution="agregó la fuerza (Thai navy special forces, Facebook)",
      note="Spanish rendering of the SEALs' Facebook post quoted in English in 352"),
    Q("13", "los 13 Jabalíes", key="thirteen", value=13, unit="people", subject=THIRTEEN, note="inside the quote"),
    T('"Todos están a salvo"', speaker=None, attribution="(the navy special forces, continued)"),
])

DOCS["367_abc_py"] = dict(language="es", items=[
    Q("23", "de 23 años", key="coach_age", value=23, unit="years", subject=COACH_AGE,
      note="all other outlets give the coach's age as 25"),
    R("Hoy", "Hoy salieron"),
    Q("cuatro", "últimos cuatro", key="final4", value=4, unit="people", subject=FINAL4),
    N("uno", "uno por vez", note="'uno por vez' (one at a time): nothing counted"),
    Q("ocho", "otros ocho", key="eight", value=8, unit="people", subject=EIGHT),
    R("el domingo", "entre el domingo"),
    R("el lunes", "y el lunes"),
    Q("12", "los 12 niños", key="boys12", value=12, unit="people", subject=BOYS,
      note="'no quedó claro si los 12 niños recibieron tranquilizantes'"),
])

DOCS["368_rt_imagenes"] = dict(language="es", items=[
    Q("doce", "los doce niños", key="boys12", value=12, unit="people", subject=BOYS),
    Q("11", "entre 11 y 16", key="age_min", value=11, unit="years", qualifier="at_least", subject=AGE_MIN,
      note="'de entre 11 y 16 años': " + RANGE_LO),
    Q("16", "entre 11 y 16", key="age_max", value=16, unit="years", qualifier="at_most", subject=AGE_MAX,
      note="'de entre 11 y 16 años': " + RANGE_HI),
    Q("diez", "durante diez días", key="days_found", value=10, unit="days", subject=DAYS_FOUND,
      note="'estuvieron perdidos durante diez días'"),
    Q("dos", "dos buceadores británicos", key="brit2", value=2, unit="divers", subject=BRIT2),
    N("Uno", "Uno de los británicos", note="pronoun 'uno de'"),
    T('"viene mucha, mucha gente... somos los primeros"', speaker=None,
      attribution="Uno de los británicos ... les asegura que"),
    Q("56", key="stan56", value=56, unit="years", subject="age of Rick Stanton"),
    Q("47", key="vol47", value=47, unit="years", subject="age of John Volanthen"),
    Q("12", "Los 12 niños", key="boys12b", value=12, unit="people", subject=BOYS),
    D("23 de junio", "el pasado 23 de junio", key="jun23", date="--06-23", note="no year given (2018)"),
    D("julio", "comienza en julio", date="--07", note="generic: the rainy season in Thailand begins in July"),
    D("23 de junio", "En la tarde del 23 de junio", key="bikes_date", date="--06-23",
      note="'En la tarde del 23 de junio': park staff found the bicycles"),
    N("una", "una motocicleta", note="article: 'una motocicleta y 11 bicicletas' (one motorcycle); not counted as a claim"),
    Q("11", "y 11 bicicletas", key="bikes", value=11, unit="bicycles",
      subject="bicycles found near the cave entrance on 23 June"),
])

DOCS["369_elimpulso"] = dict(language="es", items=[
    T("“submarino del tamaño de un niño”", key="q_kid", speaker=None,
      attribution="(unattributed) SpaceX ... está realizando pruebas a un",
      note="Spanish rendering of Musk's 'kid-size submarine'; the document does not attribute the words"),
    R("la tarde del domingo"),
    Q("17", "vuelo de 17", value=17, unit="hours", subject="flight that would take the mini-submarine to Thailand"),
    Q("Cuatro", "Cuatro de los muchachos", key="day1", value=4, unit="people", subject=DAY1),
    R("el domingo", "rescatados el domingo"),
    Q("ocho", "los ocho menores", value=8, unit="people",
      subject="boys still in the cave after the first rescue day (8 July)",
      note="a count of the boys remaining after day one, not of those rescued"),
    Q("cuatro", "podría llevar cuatro", value=4, unit="days",
      subject="estimated time to rescue the remaining eight boys and the coach"),
    Q("cuatro", "tiene cuatro ingenieros", value=4, unit="engineers", subject="Boring Co. engineers at the cave"),
])


# --------------------------------------------------------------------------
# Groups: (kind, verdict, [(doc prefix, key), ...], note)
# --------------------------------------------------------------------------
def P(*pairs):
    return [tuple(p.split(":")) for p in pairs]


GROUPS = [
    ("quantity", "agree",
     P("351:boys12", "351:boys12b", "352:boys12h", "352:boys12", "353:boys12h1", "353:boys12h2", "353:boys12",
       "354:boys12", "355:boys12", "356:boys12", "357:boys12", "358:boys12", "359:boys12", "360:boys12",
       "361:boys12", "363:boys12", "364:boys12", "365:boys12", "366:boys12", "367:boys12", "368:boys12",
       "368:boys12b"),
     "12 boys trapped / rescued (twelve, 12, doce) in every document that counts them"),
    ("quantity", "agree", P("352:thirteen", "362:thirteen", "363:thirteen", "366:thirteen"),
     "13 members of the group (12 boys and the coach): SEALs' post (352/366), governor's quote (362), 363"),
    ("quantity", "agree", P("351:age_min", "360:age_min", "360:age_min2", "368:age_min"),
     "youngest boy: 11 (lower bound of 'aged 11 to 17' / 'entre 11 y 16 años')"),
    ("quantity", "contradict", P("351:age_max", "360:age_max", "360:age_max2", "368:age_max"),
     "oldest boy: 17 (351, 'aged 11 to 17') vs 16 (360 twice, 368, 'entre 11 y 16 años')"),
    ("quantity", "contradict", P("351:coach_age", "353:coach_age", "356:coach_age", "360:coach_age", "366:coach_age",
                                 "367:coach_age"),
     "age of the coach: 25 (351, 353, 356, 360, 366) vs 23 (367, ABC Color)"),
    ("quantity", "contradict", P("351:saman_age", "356:saman_age", "357:saman_age", "364:saman_age", "365:saman_age"),
     "age of Saman Kunan: 38 (351, 357, 364, 365) vs 37 (356, Extra.ie)"),
    ("quantity", "contradict", P("351:days_found", "355:days_found", "358:days_found", "360:days_found",
                                 "361:days_found", "368:days_found"),
     "days missing when found on 2 July: nine (355, 358, 361) and 'over nine' (351) vs 10 / diez (360, 368). "
     "23 June to 2 July is 9 days elapsed, the 10th day counted inclusively: a counting convention, but the stated "
     "numbers 9 and 10 are incompatible ('over nine' is compatible with 10)"),
    ("quantity", "contradict", P("352:days_total", "353:days_total", "353:weeks_total", "354:days_total",
                                 "355:days_total", "366:days_total"),
     "total time trapped at the end of the rescue: 17 days (353, 355), 18 days (352 AP, 366 AP in Spanish), "
     "19 days (354 Dive Magazine); 'more than two weeks' (353) is compatible with all. 17 vs 18 is an "
     "elapsed vs inclusive count of 23 June - 10 July; 19 fits neither"),
    ("quantity", "single-source", P("356:days13", "356:weeks13"),
     "time trapped as of 6 July: '13 days' and 'nearly two weeks' (compatible)"),
    ("quantity", "contradict", P("351:dist", "354:dist", "355:dist", "360:dist", "360:dist2", "361:dist",
                                 "361:dist2", "362:dist", "363:dist"),
     "distance from the entrance to the group: about 3.2 km (351), more than 4 km (355), 5 km (354), "
     "más de 3 km (360, 361, 362), cuatro km (360, 363), and 400 m (361, La Gaceta, which also says 'más de tres "
     "kilómetros' to the exit). 3.2 vs more than 4 vs 5 km are incompatible; 400 m is a confusion with the "
     "distance from Pattaya Beach"),
    ("quantity", "agree", P("360:pattaya400", "362:pattaya400"),
     "group found (about) 400 m from 'Pattaya Beach' (unos 400 / justamente a 400)"),
    ("quantity", "agree", P("355:brit2", "358:brit2", "358:brit2b", "368:brit2"),
     "two British divers found the group"),
    ("quantity", "single-source", P("358:bcrc3", "358:bcrc3b"),
     "three-man BCRC team / three experienced cave divers sent"),
    ("quantity", "agree", P("358:vol47", "368:vol47"), "John Volanthen, 47 / de 47 años"),
    ("quantity", "agree", P("358:stan56", "368:stan56"), "Rick Stanton, 56 / de 56 años"),
    ("quantity", "agree", P("354:divers90", "355:divers90"),
     "divers in the operation: 'More than 90' (354) vs 'team of 90' (355): a round figure, read as compatible"),
    ("quantity", "agree", P("354:divers50", "355:divers50"),
     "of them, '50 or so from the cave diving community' (354) vs '50 of them foreigners' (355): same figure, "
     "described differently"),
    ("quantity", "agree", P("352:seals3", "353:seals3"),
     "three navy SEALs (with a medic/doctor) stayed with the boys and came out last"),
    ("quantity", "agree", P("354:day1", "355:day1", "363:day1", "369:day1"),
     "four boys brought out on the first rescue day (Sunday / 8 de julio / el domingo)"),
    ("quantity", "agree", P("354:day2", "355:day2", "363:day2"),
     "four more boys brought out on the second rescue day (Monday / 9 de julio)"),
    ("quantity", "agree", P("353:eight", "354:eight", "354:eight_q", "359:eight", "366:eight", "367:eight"),
     "eight boys rescued on the first two days (the cumulative count after day two; not a contradiction of the "
     "four per day, nor of 369's 'ocho menores que faltan' after day one, a separate count)"),
    ("quantity", "agree", P("353:final4", "355:final4", "359:final4", "363:final4", "366:final4", "367:final4"),
     "the last four boys (and the coach) brought out on the third day"),
    ("quantity", "agree", P("360:bikes", "368:bikes"), "11 bicycles found near the cave entrance (RT, two articles)"),
    ("quantity", "agree", P("364:points2", "365:points2"), "oxygen carried between two points (same BBC Mundo text)"),
    ("quantity", "agree", P("364:hours5", "365:hours5"), "five-hour trip out of the cave (same BBC Mundo text)"),
    ("date", "agree", P("351:jun23", "355:jun23", "359:jun23", "360:jun23", "363:jun23", "368:jun23"),
     "the team entered the cave / went missing on 23 June (2018)"),
    ("date", "agree", P("360:bikes_date", "368:bikes_date"),
     "park staff found the bicycles in the afternoon of 23 June (RT, two articles)"),
    ("date", "agree", P("351:jul2", "358:jul2", "363:jul2"), "the group was found on 2 July / Jul 2 / dos de julio"),
    ("quote", "agree", P("352:q_seals", "355:q_seals", "366:q_seals"),
     "Thai Navy SEALs' Facebook post: English (352), a cut-off start (355) and a Spanish rendering (366)"),
    ("quote", "agree", P("356:q_vain", "357:q_vain"),
     "Apakorn Yookongkaew: 'We won't let his life be in vain. We will carry on' (356 alone; 357 as the end of a longer quote)"),
    ("quote", "agree", P("360:q_sanos", "362:q_sanos"),
     "governor: 'sanos y salvos' (360, partial) within 'Encontramos a los 13 sanos y salvos' (362)"),
    ("quote", "variant", P("360:q_doctor", "360:q_food", "362:q_food"),
     "governor on food and a diving doctor: 'ya que han estado mucho tiempo sin comer' (360) vs 'ya que no comen "
     "desde hace mucho' (362); 'un médico que sepa bucear' identical"),
    ("quote", "variant", P("351:q_kid", "359:q_kid_h", "359:q_kid", "369:q_kid"),
     "Musk's 'kid-size submarine': 'kid-sized' (351, unattributed), 'kid-size' (359 headline), 'tiny, kid-size "
     "submarine' (359), 'submarino del tamaño de un niño' (369, Spanish)"),
]


# --------------------------------------------------------------------------


def build():
    goldkit.build(HERE, DOCS, GROUPS, MARKS, empty_not_claims="not_claims: []")


if __name__ == "__main__":
    build()
