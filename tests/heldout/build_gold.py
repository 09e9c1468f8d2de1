"""Build tests/heldout/gold/*.yaml from the annotation spec below.

Usage: python tests/heldout/build_gold.py

Spans are never typed by hand: every entry names its text and, when the text
is not unique in the document, a unique context string (`ctx`) that contains
it; the script locates it, checks uniqueness, computes start/end (Python str
indices into the UTF-8-decoded file, CRLF kept), numbers the ids per kind in
document order, and derives the `quote` field from the span (marks stripped,
whitespace runs collapsed, one trailing ',' or '.' dropped) unless given.
Section is 'comment' for spans after the document's comments anchor.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"

KIND_LETTER = {"quantity": "q", "date": "d", "quote": "t"}


def Q(text, value, unit, qual, subject, ctx=None, key=None, note=None):
    return dict(kind="quantity", text=text, ctx=ctx, key=key, note=note,
                value=value, unit=unit, qualifier=qual, subject=subject)


def D(text, date, ctx=None, key=None, note=None):
    return dict(kind="date", text=text, ctx=ctx, key=key, note=note, date=date)


def T(text, speaker, attribution, ctx=None, key=None, note=None, quote=None):
    return dict(kind="quote", text=text, ctx=ctx, key=key, note=note,
                speaker=speaker, attribution=attribution, quote=quote)


def N(text, reason, ctx=None, note=None):
    return dict(kind=None, text=text, ctx=ctx, reason=reason, note=note)


DEATHS = "people killed in drug-related violence in Mexico between December 2006 and December 2010 (official government count)"
MERIDA = "US funds appropriated/approved by Congress for the Merida Initiative since 2008"
DELIVERED = "Merida Initiative equipment and training actually delivered to Mexico by December 2010 (GAO)"
TENURE = "length of Carlos Pascual's posting as US ambassador to Mexico"

DOCS = {}

# --------------------------------------------------------------------------
# 101: English news site, Pascual resignation (page chrome + reader comments)
DOCS["101_5e2a9c1f7b3d4086"] = dict(language="en", comments="1. maria_g", entries=[
    N("March 20, 2011", "chrome", ctx="Posted on March 20, 2011", note="publication dateline"),
    D("March 19, 2011", "2011-03-19", key="resign", note="date Pascual resigned"),
    D("August 2009", "2009-08", key="arrival", note="Pascual arrived in Mexico City"),
    Q("less than two", 2, "years", "less_than", TENURE, key="tenure"),
    T("\"with great regret.\"", "Hillary Clinton",
      "Secretary of State Hillary Clinton said she had accepted the resignation", key="regret"),
    T("“Ambassador Pascual has served with distinction and dedication, and we are grateful for his work on behalf of the American people,”",
      "Hillary Clinton", "Clinton said in a written statement", key="distinction"),
    N("10:30 a.m.", "time"),
    N("one", "other", ctx="In one of them", note="pronoun 'one of'"),
    N("10MEXICO83", "identifier", note="cable reference"),
    D("January 2010", "2010-01", key="cable83", note="month cable 10MEXICO83 was sent"),
    T("“reluctant”", "Carlos Pascual", "Pascual wrote that the army had been", key="reluctant",
      note="partial quote (one word) from Pascual's cable"),
    D("Feb. 22", "--02-22", key="interview", note="El Universal interview with Calderon published; no year given (2011 from context)"),
    T("“What we cannot accept is that an embassy official speaks with such ignorance about the sacrifice of our soldiers,”",
      "Felipe Calderon", "Calderón told the newspaper (El Universal)", key="calderon"),
    D("March 3", "--03-03", key="whitehouse", note="Calderon met Obama at the White House; no year given"),
    Q("two", 2, "officials", None, "Mexican officials familiar with the Calderon-Obama meeting (sources)",
      ctx="according to two Mexican officials", key="twoofficials"),
    T("“I leave with enormous respect for the Mexican people and for the courage of those who are confronting organized crime,”",
      "Carlos Pascual", "Pascual said", key="leave"),
    T("“The partnership between Mexico and the United States is bigger than any single person.”",
      "Carlos Pascual", "(continues after 'Pascual said.')", key="partnership",
      note="speaker resolved from context: second quoted sentence right after 'Pascual said.'"),
    Q("$1.6 billion", 1600000000, "dollars", None, MERIDA, ctx="appropriated $1.6 billion", key="merida"),
    D("2008", "2008", ctx="since 2008, but", key="meridasince", note="'since 2008': start of Merida appropriations; preposition outside the span"),
    Q("about $400 million", 400000000, "dollars", "about", DELIVERED, key="delivered",
      note="'only about $400 million'; 'only' is not a qualifier"),
    D("December 2010", "2010-12", ctx="reached Mexico by December 2010", key="delivereddate",
      note="cut-off date of the GAO delivery figure"),
    Q("34,612", 34612, "people", None, DEATHS, ctx="says 34,612 people", key="deaths"),
    D("December 2006", "2006-12", key="dec2006", note="start of Calderon's offensive / of the death-count period"),
    D("December 2010", "2010-12", ctx="Michoacán, and December 2010", key="dec2010", note="end of the death-count period"),
    Q("Nearly 60 percent", 60, "percent", "about",
      "share of the drug-war deaths (Dec 2006-Dec 2010) that occurred in four states",
      note="'nearly' annotated as about (see README)"),
    Q("four", 4, "states", None, "states (Chihuahua, Sinaloa, Tamaulipas, Guerrero) with nearly 60 percent of the deaths",
      ctx="in four states"),
    N("© 2011", "chrome", note="copyright line"),
    N("4", "chrome", ctx="4 Responses", note="'4 Responses' comment count"),
    N("“US ambassador to Mexico resigns after WikiLeaks cables anger Calderón”", "chrome",
      note="quoted title of the article in the comment header"),
    # comments
    N("1.", "list-numbering", ctx="1. maria_g"),
    N("March 20, 2011", "chrome", ctx="maria_g on March 20, 2011", note="comment timestamp"),
    N("9:14 am", "chrome", note="comment timestamp (time)"),
    Q("34,612", 34612, "people", None, DEATHS, ctx="34,612 dead", key="deaths_c",
      note="commenter repeats the article's figure"),
    N("2.", "list-numbering", ctx="2. Anonymous"),
    Q("19", 19, "months", None, TENURE, ctx="lasted 19 months", key="tenure_c"),
    N("one", "other", ctx="one of the shortest", note="pronoun 'one of'"),
    N("3.", "list-numbering", ctx="3. tom_in_el_paso"),
    N("March 21, 2011", "chrome", note="comment timestamp"),
    N("11:02 pm", "chrome", note="comment timestamp (time)"),
    Q("$1.6 billion", 1600000000, "dollars", None, MERIDA, ctx="right: $1.6 billion", key="merida_c"),
    N("202-224-3121", "identifier", note="phone number"),
    N("4.", "list-numbering", ctx="4. R. Villanueva"),
    N("March 22, 2011", "chrome", note="comment timestamp"),
    N("7:45 am", "chrome", note="comment timestamp (time)"),
    T("\"Reluctant\"", "Carlos Pascual", "(the commenter re-quotes the body's partial quote from Pascual's cable)",
      key="reluctant_c", note="speaker resolved from the body: the word is Pascual's ('Pascual wrote that the army had been “reluctant”')"),
])

# --------------------------------------------------------------------------
# 102: English, army human-rights cables (CRLF line ends)
DOCS["102_a41c07e9d2b85f63"] = dict(language="en", comments=None, entries=[
    N("December 14, 2010", "chrome", note="byline date ('Posted on')"),
    D("this month", None, key="released", note="when WikiLeaks released the cables"),
    Q("Nearly two dozen", 24, "cables", "about", "embassy and consulate cables about the army's conduct in the drug war", key="dozen",
      note="was a not_claim ('vague amount'); issue 10 reads dozens: about 24"),
    N("one", "other", ctx="In one of the most detailed", note="pronoun 'one of'"),
    D("Oct. 15, 2009", "2009-10-15", key="oct15"),
    N("09MEXICO2987", "identifier", note="cable reference"),
    Q("more than 1,500", 1500, "complaints", "more_than", "complaints against the army received by the CNDH since 2007", key="complaints"),
    D("2007", "2007", ctx="since 2007", key="since2007", note="'since 2007'; preposition outside the span"),
    Q("one", 1, "troops", None, "soldiers convicted by military courts since 2007", ctx="only one soldier", key="convicted",
      note="'only one soldier'; 'only' is not a qualifier"),
    T("“The military justice system remains a black box,”", None, "the cable said", key="blackbox"),
    T("“Officers investigate themselves, and the results are rarely made public.”", None, "(the cable, continued)", key="officers"),
    T("“Human rights organizations describe a pattern of arbitrary detentions, forced entries into homes and, in some cases, torture during interrogations,”",
      None, "the cable said", key="hrorgs"),
    T("“They say victims rarely file complaints out of fear of retaliation.\n\n“Of the complaints that do reach the military prosecutor, the vast majority are closed for lack of evidence.”",
      None, "(the cable, continued)", key="split",
      note="quote continued across two paragraphs: the first paragraph has no closing mark and the second reopens with “; one claim; the inner opening mark is kept in the quote field"),
    Q("Sixty", 60, "troops", None, "soldiers under investigation for abuses in Chihuahua", key="sixty"),
    Q("30", 30, "recommendations", None, "formal CNDH recommendations against the Defense Ministry in 2009", key="rec2009"),
    D("2009", "2009", ctx="Ministry in 2009", key="rec2009d"),
    Q("14", 14, "recommendations", None, "formal CNDH recommendations against the Defense Ministry in 2008", ctx="up from 14", key="rec2008"),
    D("2008", "2008", ctx="14 in 2008", key="rec2008d"),
    D("February 2010", "2010-02", ctx="described in a February 2010 cable", key="feb2010a"),
    T("“We know that every abuse by a soldier is a gift to the cartels,”", "Arturo Velasco Ruiz",
      "the official said, according to the cable", key="weknow",
      note="speaker named in the previous sentence ('a senior official of the Interior Ministry, Arturo Velasco Ruiz'), referred to as 'the official'"),
    T("“but the generals do not like to be told what to do.”", "Arturo Velasco Ruiz",
      "He added that Calderón had ordered the Defense Ministry to speed up investigations", key="generals"),
    T("“Without credible accountability, the army's operations will keep losing public support,”", "Carlos Pascual",
      "the ambassador wrote in the February 2010 cable", key="without",
      note="'the ambassador' = Ambassador Carlos Pascual, named in the same sentence"),
    D("February 2010", "2010-02", ctx="in the February 2010 cable", key="feb2010b"),
    T("“and Mexicans will stop believing that the state is on their side.”", "Carlos Pascual",
      "(second half of the same sentence, after 'the ambassador wrote')", key="stop"),
    Q("68 percent", 68, "percent", None, "of Mexicans approved of the military's role against the cartels (Reforma poll cited in the cable)", key="poll"),
    D("Dec. 13", "--12-13", key="dec13", note="Defense Ministry statement; no year given"),
    T("“respects and protects human rights”", None, "it (the Defense Ministry) said the army", key="respects",
      note="attributed to an institution"),
    Q("98 percent", 98, "percent", None, "of complaints filed with the CNDH that had been resolved (Defense Ministry)", key="resolved"),
    Q("More than 15,000", 15000, "people", "more_than", "people killed in drug-related violence in Mexico in 2010", key="deaths2010"),
    D("2010", "2010", ctx="violence in 2010", key="deaths2010d"),
    Q("some 45,000", 45000, "troops", "about", "troops Calderon deployed against the cartels in December 2006", key="troops"),
    D("December 2006", "2006-12", key="dec2006"),
    N("1.", "list-numbering", ctx="1. Juárez"),
    N("2.", "list-numbering", ctx="2. Calderón"),
    N("3.", "list-numbering", ctx="3. Senate"),
    N("© 2010", "chrome", note="copyright line"),
    N("(202) 555-0188", "identifier", note="phone number"),
])

# --------------------------------------------------------------------------
# 103: English blog, Ciudad Juarez cables (capture cut off mid-sentence)
DOCS["103_7f3be2d90c1a6e58"] = dict(language="en", comments=None, entries=[
    N("2008", "chrome", ctx="Juárez since 2008", note="blog tagline"),
    N("(915) 555-0142", "identifier", note="phone number"),
    N("Wednesday, December 8, 2010", "chrome", note="publication dateline"),
    N("10:45 PM", "chrome", note="post timestamp (time)"),
    D("2009", "2009", ctx="spent 2009 warning", note="period in which the consulate warned that the offensive was failing"),
    D("the past week", None, note="'over the past week': when the cables were released"),
    D("March 2008", "2008-03", note="start of Joint Operation Chihuahua"),
    Q("about 2,000", 2000, "troops", "about", "soldiers at the start of Joint Operation Chihuahua (March 2008)"),
    D("April 2009", "2009-04"),
    Q("nearly 10,000", 10000, "troops", "about", "soldiers and federal police sent to Ciudad Juarez by April 2009",
      note="'nearly' annotated as about; soldiers and federal police counted together, unit troops"),
    Q("2,754", 2754, "people", None, "people murdered in Ciudad Juarez in 2009"),
    D("2009", "2009", ctx="Juárez in 2009, and"),
    D("2010", "2010", ctx="toll for 2010", key="juarez2010d"),
    Q("more than 3,000", 3000, "people", "more_than", "people killed in Ciudad Juarez in 2010 (toll so far)", key="juarez2010",
      note="'already stands at more than 3,000' as of December 8, 2010"),
    D("Nov. 20, 2009", "2009-11-20"),
    T("\"The army's presence has not translated into security,\"", "Raymond Kerrigan", "Kerrigan wrote"),
    T("\"Residents see soldiers at checkpoints on the main avenues, but not in the neighborhoods where the killing happens.\"",
      "Raymond Kerrigan", "(continues after 'Kerrigan wrote')"),
    T("\"We have soldiers who do not know the streets, federal police who do not trust the local police, and a local police force that the cartels own,\"",
      "Jorge Olivas", "said the official, Jorge Olivas, then an adviser to the city's public security department",
      note="speaker named after the quote ('the official, Jorge Olivas')"),
    Q("fewer than 3 percent", 3, "percent", "less_than", "of murders committed in Ciudad Juarez in 2009 that led to a conviction"),
    D("2009", "2009", ctx="Juárez in 2009 led"),
    N("One", "other", ctx="One cable calls", note="'One cable' = a cable"),
    T("\"overwhelmed and, in places, compromised.\"", None, "One cable calls the local prosecutor's office"),
    Q("15", 15, "people", None, "young people killed by gunmen at a party in Villas de Salvarcar", ctx="killed 15 young"),
    D("Jan. 31", "--01-31", note="date of the Villas de Salvarcar massacre; no year given (2010 from context)"),
    D("the following week", None, note="week after the massacre (anaphoric)"),
    T("\"a serious misstep that the president's opponents will not let him forget.\"", None,
      "A consulate cable sent the following week called the remark"),
    D("February 2010", "2010-02"),
    Q("three", 3, "times", None, "visits by Calderon to Ciudad Juarez in February 2010"),
    Q("$270 million", 270000000, "dollars", None, "social program Todos Somos Juarez announced by Calderon"),
    T("\"money for parks and schools will not matter if the police cannot protect the people who use them.\"", None,
      "The consulate welcomed the plan but warned that"),
    Q("Six", 6, "months", None, "time from February 2010 until violence reached new highs ('Six months later')",
      note="duration, not a relative date"),
    D("July 15", "--07-15", note="Ciudad Juarez car bomb; no year given (2010 from context)"),
    N("7:40 p.m.", "time", note="'at about 7:40 p.m.'"),
    Q("two", 2, "people", None, "other people killed by the July 15 car bomb besides a federal police officer",
      ctx="and two other people"),
    N("first", "ordinal"),
    T("\"a deliberate escalation aimed at the federal police.\"", None, "a cable from the consulate described it as"),
    D("January 2008", "2008-01", note="start of the Sinaloa-Juarez cartel war for the city"),
    N("one", "other", ctx="one report described", note="'one report' = a report"),
])

# --------------------------------------------------------------------------
# 104: Spanish daily, Pascual resignation and Calderon (comments at the end)
DOCS["104_c2d8e61f4a9b0735"] = dict(language="es", comments="jorge_mty |", entries=[
    N("21/03/2011", "chrome", ctx="Publicado: 21/03/2011", note="publication date"),
    N("08:15", "chrome", note="publication time"),
    D("20 de marzo de 2011", "2011-03-20", key="resign", note="date Pascual resigned (contradicts March 19 in 101/108)"),
    D("agosto de 2009", "2009-08", key="arrival"),
    Q("casi 19", 19, "months", "about", TENURE, key="tenure", note="'casi' annotated as about (see README)"),
    T("«con gran pesar»", "Hillary Clinton",
      "La secretaria de Estado, Hillary Clinton, aceptó la dimisión ... según un comunicado del Departamento de Estado", key="regret",
      note="Spanish rendering of 'with great regret'"),
    D("febrero", "--02", ctx="público en febrero", note="month the rift became public; no year given"),
    D("22 de febrero", "--02-22", key="interview"),
    T("«No puedo tener como interlocutor a alguien que no confía en el Ejército mexicano»", "Felipe Calderon",
      "dijo Calderón a ese diario (El Universal)"),
    D("3 de marzo", "--03-03", key="whitehouse", note="'El 3 de marzo': the article 'El' is outside the span, like English 'on'"),
    T("«reacio»", "Carlos Pascual", "el embajador describió al Ejército como un cuerpo", key="reluctant",
      note="Spanish rendering of 'reluctant'"),
    T("«Me voy con un enorme respeto por el pueblo mexicano y por la valentía de quienes enfrentan al crimen organizado»",
      "Carlos Pascual", "Pascual afirmó", key="leave"),
    T("«es una victoria para el presidente, pero deja un vacío en un momento muy delicado para la relación bilateral»",
      "Manuel Ortega Lara", "El senador priista Manuel Ortega Lara consideró que la salida del diplomático"),
    Q("al menos 90", 90, "cables", "at_least", "cables about Mexico published by WikiLeaks so far"),
    Q("casi 3 mil", 3000, "cables", "about", "cables about Mexico WikiLeaks says it holds",
      note="'casi' annotated as about"),
    Q("más de 34 mil", 34000, "people", "more_than", DEATHS, ctx="oficiales, más de 34 mil", key="deaths"),
    D("diciembre de 2006", "2006-12", key="dec2006"),
    D("diciembre de 2010", "2010-12", key="dec2010"),
    D("2008", "2008", ctx="desde 2008", key="meridasince", note="'desde 2008'; preposition outside the span"),
    N("3", "chrome", ctx="Comentarios (3)", note="comment count"),
    # comments
    N("21/03/2011", "chrome", ctx="jorge_mty | 21/03/2011", note="comment timestamp"),
    N("10:02", "chrome", note="comment timestamp (time)"),
    Q("Más de 34 mil", 34000, "people", "more_than", DEATHS, ctx="¿Más de 34 mil", key="deaths_c"),
    N("21/03/2011", "chrome", ctx="Lupita R. | 21/03/2011", note="comment timestamp"),
    N("13:47", "chrome", note="comment timestamp (time)"),
    T("«Reacio»", "Carlos Pascual", "(the commenter re-quotes the body's «reacio»)", key="reluctant_c",
      note="speaker resolved from the body, which attributes the word to the ambassador"),
    N("22/03/2011", "chrome", note="comment timestamp"),
    N("00:31", "chrome", note="comment timestamp (time)"),
    Q("más de 4", 4, "years", "more_than", "time Genaro Garcia Luna has been promising results (commenter)"),
])

# --------------------------------------------------------------------------
# 105: Spanish regional paper, Tamaulipas / Monterrey cables (comments)
DOCS["105_0b9e4d7a2f6c8e31"] = dict(language="es", comments="1. regio_87", entries=[
    T("'vacío de autoridad'", None, "(headline) consulado en Monterrey advirtió", key="vacio_h",
      note="straight single quotes in the headline"),
    N("14 de enero de 2011", "chrome", note="dateline"),
    D("2009", "2009", ctx="desde 2009", note="'desde 2009': since when the consulate warned; preposition outside"),
    T("“vacío de autoridad”", None, "El consulado de Estados Unidos en Monterrey alertó a Washington", key="vacio"),
    D("12 de marzo de 2010", "2010-03-12"),
    T("“el Estado simplemente ha dejado de existir después de la caída del sol”", "Michael Harlan",
      "el cónsul general, Michael Harlan, escribió que en varios municipios fronterizos"),
    N("10MONTERREY49", "identifier", note="cable reference"),
    Q("al menos 11", 11, "officials", "at_least", "municipal police officers killed in Nuevo Laredo, Reynosa and Matamoros in February 2010"),
    D("febrero de 2010", "2010-02"),
    Q("casi la mitad", 50, "percent", "about", "of the 43 municipalities of Tamaulipas whose mayors governed from Texas or the state capital",
      note="was a not_claim ('vague fraction', a judgement call); issue 10 reads 'la mitad de' as 1/2, 50 percent: about 50 percent"),
    Q("43", 43, "municipalities", None, "municipalities of Tamaulipas"),
    Q("267", 267, "people", None, "homicides in the Monterrey metropolitan area in 2008",
      note="homicides counted as people"),
    D("2008", "2008", ctx="267 en 2008"),
    Q("541", 541, "people", None, "homicides in the Monterrey metropolitan area in 2009", note="homicides counted as people"),
    D("2009", "2009", ctx="541 en 2009"),
    Q("40 por ciento", 40, "percent", None, "of business people consulted by the consulate who reported extortion threats"),
    T("«Aquí nadie denuncia, porque el que denuncia aparece muerto»", None,
      "dijo a este diario un empresario de Reynosa que pidió el anonimato", note="anonymous source"),
    Q("72", 72, "people", None, "migrants killed in the San Fernando massacre"),
    D("24 de agosto de 2010", "2010-08-24", note="San Fernando massacre discovered"),
    N("uno", "other", ctx="En uno de ellos", note="pronoun 'uno de'"),
    Q("dos mil", 2000, "troops", None, "additional soldiers the federal government sent to Tamaulipas"),
    N("101", "identifier", ctx="federal 101", note="highway number"),
    T("“La Marina es la única institución en la que confían tanto la población como nuestras agencias”", "Michael Harlan",
      "escribió el cónsul Harlan", key="marina"),
    T("«Los cables reflejan opiniones de algunos funcionarios, no la realidad de México»", "Felipe Calderon",
      "afirmó (el presidente Felipe Calderón) el jueves pasado"),
    D("el jueves pasado", None, note="last Thursday (relative)"),
    Q("36 mil", 36000, "people", None, DEATHS, ctx="dejado 36 mil", key="deaths",
      note="contradicts the official 34,612 given in 101/106/108"),
    D("diciembre de 2006", "2006-12", key="dec2006"),
    D("diciembre de 2010", "2010-12", key="dec2010"),
    D("2010", "2010", ctx="Sólo en 2010", key="deaths2010d"),
    Q("15 mil 273", 15273, "people", None, "people killed in drug-related violence in Mexico in 2010", key="deaths2010"),
    N("3", "chrome", ctx="3 comentarios", note="comment count"),
    # comments
    N("1.", "list-numbering", ctx="1. regio_87"),
    N("regio_87", "identifier", note="commenter name"),
    D("2010", "2010", ctx="desde 2010", note="since when nobody goes out at night in Guadalupe (commenter)"),
    Q("36 mil", 36000, "people", None, DEATHS, ctx="Dicen 36 mil", key="deaths_c"),
    N("2.", "list-numbering", ctx="2. Anónimo"),
    Q("dos", 2, "days", None, "days the US consulate closed its doors (commenter)", ctx="dos días"),
    D("agosto", "--08", ctx="días en agosto", note="no year given"),
    N("3.", "list-numbering", ctx="3. maria_g"),
    N("15/01/2011", "chrome", note="comment timestamp"),
    N("9:05", "chrome", note="comment timestamp (time)"),
    T("\"la Marina es la única institución confiable\"", "Michael Harlan",
      "Lo dice el propio cable (commenter)", key="marina_c",
      note="commenter's loose re-quote of Harlan's cable sentence in the body; speaker resolved from the body"),
])

# --------------------------------------------------------------------------
# 106: Spanish magazine, Merida Initiative
DOCS["106_e6f1a3c85b0d9247"] = dict(language="es", comments=None, entries=[
    N("15 de marzo de 2011", "chrome", note="byline date"),
    N("18:30", "chrome", note="byline time"),
    D("2008", "2008", ctx="Desde 2008", key="meridasince", note="'Desde 2008'; preposition outside the span"),
    Q("1.300 millones de dólares", 1300000000, "dollars", None, MERIDA, key="merida",
      note="contradicts $1.6 billion in 101/108"),
    D("diciembre de 2010", "2010-12", ctx="hasta diciembre de 2010", key="delivereddate"),
    Q("unos 400 millones de dólares", 400000000, "dollars", "about", DELIVERED, key="delivered"),
    Q("alrededor del 30 por ciento", 30, "percent", "about", "share of the approved Merida funds delivered by December 2010"),
    D("noviembre de 2009", "2009-11"),
    N("09MEXICO3195", "identifier", note="cable reference"),
    T("«Los helicópteros llegan, pero sin pilotos ni refacciones son fierros caros»", "Ernesto Zarate Pineda",
      "dijo el funcionario, según el documento",
      note="'el funcionario' = Ernesto Zárate Pineda, named in the previous sentence"),
    Q("ocho", 8, "helicopters", None, "Bell 412 helicopters promised for 2009"),
    N("Bell 412", "identifier", note="aircraft model"),
    D("2009", "2009", ctx="para 2009"),
    Q("dos", 2, "helicopters", None, "of the eight promised helicopters that had arrived", ctx="llegado dos"),
    Q("tres", 3, "aircraft", None, "CASA CN-235 aircraft for the Navy still pending"),
    N("CN-235", "identifier", note="aircraft model"),
    T("“La falta de coordinación entre las dependencias mexicanas retrasa cada entrega y alimenta la percepción de que Washington no cumple”",
      None, "advierte el documento"),
    D("febrero de 2010", "2010-02"),
    T("«Mérida no es un cheque en blanco; cada dólar debe traducirse en instituciones más fuertes»", "Carlos Pascual",
      "El embajador Carlos Pascual fue más directo en un cable de febrero de 2010"),
    D("octubre de 2007", "2007-10", note="Merida Initiative announced"),
    D("marzo de 2007", "2007-03", note="Bush-Calderon meeting in Merida"),
    Q("34.612", 34612, "people", None, DEATHS, key="deaths"),
    D("diciembre de 2006", "2006-12", key="dec2006"),
    D("diciembre de 2010", "2010-12", ctx="y diciembre de 2010", key="dec2010"),
    Q("3.111", 3111, "people", None, "homicides in Ciudad Juarez in 2010", key="juarez2010", note="homicides counted as people"),
    D("2010", "2010", ctx="homicidios en 2010", key="juarez2010d"),
    T("«México pone los muertos y Estados Unidos pone el mercado y las armas»", "Felipe Calderon",
      "afirmó el mandatario (Calderón)"),
    D("3 de marzo", "--03-03", key="whitehouse", note="'el 3 de marzo en Washington, tras reunirse con Barack Obama'"),
    D("febrero", "--02", ctx="levantada en febrero", note="poll taken; no year given"),
    Q("59 por ciento", 59, "percent", None, "of Mexicans who think US aid has not helped reduce violence (Consulta Norte poll)"),
    T("“Nos prometieron helicópteros y nos mandaron papeles”", "Ricardo Medina Arriola", "dijo en entrevista"),
    N("© 2011", "chrome", note="copyright line"),
])

# --------------------------------------------------------------------------
# 107: Spanish translation of 102
DOCS["107_3d5c9b0e8a7f1264"] = dict(language="es", comments=None, entries=[
    N("15 de diciembre de 2010", "chrome", note="byline date"),
    N("14 de diciembre de 2010", "chrome", note="publication date of the English original (translation note)"),
    D("este mes", None, key="released"),
    Q("Casi dos decenas", 20, "cables", "about", "embassy and consulate cables about the army's conduct in the drug war", key="dozen",
      note="was a not_claim ('vague amount'); 'dos decenas' is two tens: about 20, where 102 says nearly two dozen (24)"),
    N("uno", "other", ctx="En uno de los", note="pronoun 'uno de'"),
    D("15 de octubre de 2009", "2009-10-15", key="oct15"),
    N("09MEXICO2987", "identifier", note="cable reference"),
    Q("más de mil 500", 1500, "complaints", "more_than", "complaints against the army received by the CNDH since 2007", key="complaints"),
    D("2007", "2007", ctx="desde 2007", key="since2007"),
    Q("un", 1, "troops", None, "soldiers convicted by military courts since 2007", ctx="a un soldado en", key="convicted",
      note="'sólo ... a un soldado': a count (translates 'only one soldier')"),
    T("“El sistema de justicia militar sigue siendo una caja negra”", None, "señaló el cable", key="blackbox"),
    T("“Los oficiales se investigan a sí mismos y los resultados rara vez se hacen públicos”", None, "(el cable)", key="officers"),
    T("“Las organizaciones de derechos humanos describen un patrón de detenciones arbitrarias, allanamientos de domicilios y, en algunos casos, tortura durante los interrogatorios”",
      None, "indicó el cable", key="hrorgs"),
    T("“Dicen que las víctimas rara vez presentan quejas por temor a represalias.\n\n“De las quejas que sí llegan al fiscal militar, la gran mayoría se archivan por falta de pruebas”",
      None, "(el cable)", key="split",
      note="quote continued across two paragraphs; the inner opening mark is kept in the quote field"),
    Q("Sesenta", 60, "troops", None, "soldiers under investigation for abuses in Chihuahua", key="sixty"),
    Q("30", 30, "recommendations", None, "formal CNDH recommendations against the Defense Ministry in 2009", key="rec2009"),
    D("2009", "2009", ctx="Nacional en 2009", key="rec2009d"),
    Q("14", 14, "recommendations", None, "formal CNDH recommendations against the Defense Ministry in 2008", ctx="frente a 14", key="rec2008"),
    D("2008", "2008", ctx="14 en 2008", key="rec2008d"),
    D("febrero de 2010", "2010-02", ctx="un cable de febrero de 2010", key="feb2010a"),
    T("“Sabemos que cada abuso de un soldado es un regalo para los cárteles”", "Arturo Velasco Ruiz",
      "dijo el funcionario, según el cable", key="weknow"),
    N("un", "other", ctx="abuso de un soldado", note="article inside the quote, not the count"),
    T("“pero a los generales no les gusta que les digan qué hacer”", "Arturo Velasco Ruiz",
      "Agregó que Calderón había ordenado a la Defensa agilizar las investigaciones", key="generals"),
    T("“Sin una rendición de cuentas creíble, las operaciones del Ejército seguirán perdiendo apoyo público”", "Carlos Pascual",
      "escribió el embajador en el cable de febrero de 2010", key="without"),
    D("febrero de 2010", "2010-02", ctx="el cable de febrero de 2010", key="feb2010b"),
    T("“y los mexicanos dejarán de creer que el Estado está de su lado”", "Carlos Pascual", "(el embajador, continued)", key="stop"),
    Q("68 por ciento", 68, "percent", None, "of Mexicans approved of the military's role against the cartels (Reforma poll cited in the cable)", key="poll"),
    D("13 de diciembre", "--12-13", key="dec13"),
    T("“respeta y protege los derechos humanos”", None, "afirmó (la Secretaría de la Defensa) que el Ejército", key="respects"),
    Q("98 por ciento", 98, "percent", None, "of complaints filed with the CNDH that had been resolved (Defense Ministry)", key="resolved"),
    Q("Más de 15 mil", 15000, "people", "more_than", "people killed in drug-related violence in Mexico in 2010", key="deaths2010"),
    D("2010", "2010", ctx="narcotráfico en 2010", key="deaths2010d"),
    Q("unos 45 mil", 45000, "troops", "about", "troops Calderon deployed against the cartels in December 2006", key="troops"),
    D("diciembre de 2006", "2006-12", key="dec2006"),
    N("© 2010", "chrome", note="copyright line"),
])

# --------------------------------------------------------------------------
# 108: English wire story republishing 101 with different wording
DOCS["108_9a27f4e6c1b3d580"] = dict(language="en", comments=None, entries=[
    N("March 21, 2011", "chrome", note="wire dateline"),
    N("06:05 PM", "chrome", note="wire timestamp (time)"),
    D("March 19", "--03-19", key="resign", note="no year given"),
    Q("19", 19, "months", None, TENURE, ctx="just 19 months", key="tenure",
      note="'just 19 months'; 'just' is not a qualifier"),
    D("August 2009", "2009-08", key="arrival"),
    T("\"Ambassador Pascual has served with distinction and dedication, and we are grateful for his work on behalf of the American people,\"",
      "Paul Whitaker", "State Department spokesman Paul Whitaker told reporters in Washington", key="distinction",
      note="101 attributes the same words to Hillary Clinton"),
    T("\"with great regret.\"", "Hillary Clinton",
      "Secretary of State Hillary Clinton said she had accepted the resignation", key="regret"),
    N("One", "other", ctx="One cable, 10MEXICO83", note="'One cable' = a cable"),
    N("10MEXICO83", "identifier", note="cable reference"),
    D("January 2010", "2010-01", key="cable83"),
    T("\"reluctant\"", "Carlos Pascual", "One cable (by Pascual), 10MEXICO83, ... said the army had been", key="reluctant",
      note="speaker resolved from the previous sentence ('Pascual portrayed ...' in cables)"),
    D("Feb. 22", "--02-22", key="interview"),
    T("\"What we cannot accept is that an embassy official speaks with such ignorance about the sacrifice of our brave soldiers,\"",
      "Felipe Calderon", "Calderon told the paper", key="calderon", note="101 has no 'brave'"),
    D("March 3", "--03-03", key="whitehouse"),
    Q("two", 2, "officials", None, "Mexican officials familiar with the Calderon-Obama meeting (sources)",
      ctx="two Mexican officials", key="twoofficials"),
    T("\"I leave with enormous respect for the Mexican people and for the courage of those who are confronting organized crime,\"",
      "Carlos Pascual", "he (Pascual) said", key="leave"),
    T("\"The partnership between Mexico and the United States is bigger than any single person,\"",
      "Carlos Pascual", "he added", key="partnership"),
    Q("$1.6 billion", 1600000000, "dollars", None, MERIDA, key="merida"),
    D("2008", "2008", ctx="since 2008", key="meridasince"),
    Q("about $400 million", 400000000, "dollars", "about", DELIVERED, key="delivered",
      note="'only about $400 million'; 'only' is not a qualifier"),
    D("December 2010", "2010-12", ctx="delivered by December 2010", key="delivereddate"),
    Q("34,612", 34612, "people", None, DEATHS, key="deaths"),
    D("December 2006", "2006-12", key="dec2006"),
    D("December 2010", "2010-12", ctx="and December 2010", key="dec2010"),
    N("2011", "chrome", ctx="Copyright 2011", note="copyright line"),
])

# --------------------------------------------------------------------------
GROUPS = [
    # cross-source contradictions (injected on purpose)
    ("quantity", "contradict", ["101:deaths", "101:deaths_c", "104:deaths", "104:deaths_c", "105:deaths", "105:deaths_c", "106:deaths", "108:deaths"],
     "official drug-war death toll Dec 2006-Dec 2010: 34,612 (101, 106 '34.612', 108) and 'más de 34 mil' (104) agree; 105 says 36 mil (body and a comment repeating it): injected contradiction C1"),
    ("quantity", "contradict", ["101:merida", "101:merida_c", "106:merida", "108:merida"],
     "Merida funds appropriated/approved by Congress since 2008: $1.6 billion (101, 101 comment, 108) vs 1.300 millones de dólares (106): injected contradiction C2"),
    ("date", "contradict", ["101:resign", "104:resign", "108:resign"],
     "date of Pascual's resignation: March 19, 2011 (101), March 19 (108, no year) vs 20 de marzo de 2011 (104): injected contradiction C3"),
    ("quote", "variant", ["101:calderon", "108:calderon"],
     "Calderon to El Universal: 108 adds 'brave' ('the sacrifice of our brave soldiers'): injected misquote C4"),
    ("quote", "contradict", ["101:distinction", "108:distinction"],
     "same words attributed to Hillary Clinton (101) and to State Department spokesman Paul Whitaker (108): injected misattribution C5"),
    ("quantity", "contradict", ["102:dozen", "107:dozen"],
     "cables about the army: nearly two dozen (102) vs casi dos decenas, nearly 20 (107, its translation); not injected: "
     "the two texts disagree once dozens and tens are read as numbers (issue 10)"),
    # agreeing cross-source claims, English <-> Spanish included
    ("date", "agree", ["101:dec2006", "102:dec2006", "104:dec2006", "105:dec2006", "106:dec2006", "107:dec2006", "108:dec2006"],
     "December 2006: Calderon deploys troops against the cartels / start of the death-count period"),
    ("date", "agree", ["101:dec2010", "104:dec2010", "105:dec2010", "106:dec2010", "108:dec2010"],
     "December 2010: end of the death-count period"),
    ("date", "agree", ["101:meridasince", "104:meridasince", "106:meridasince", "108:meridasince"],
     "2008: Merida Initiative funding/deliveries since 2008"),
    ("quantity", "agree", ["101:delivered", "106:delivered", "108:delivered"],
     "about $400 million / unos 400 millones de dólares of Merida aid delivered by December 2010"),
    ("date", "agree", ["101:delivereddate", "106:delivereddate", "108:delivereddate"],
     "December 2010: cut-off of the Merida delivery figure"),
    ("date", "agree", ["101:arrival", "104:arrival", "108:arrival"],
     "August 2009 / agosto de 2009: Pascual arrives in Mexico City"),
    ("quantity", "agree", ["101:tenure", "101:tenure_c", "104:tenure", "108:tenure"],
     "Pascual's tenure: less than two years (101), 19 months (101 comment, 108), casi 19 meses (104); compatible values in different units"),
    ("date", "agree", ["101:interview", "104:interview", "108:interview"],
     "Feb. 22 / 22 de febrero: Calderon's El Universal interview published"),
    ("date", "agree", ["101:whitehouse", "104:whitehouse", "106:whitehouse", "108:whitehouse"],
     "March 3 / 3 de marzo: Calderon meets Obama at the White House (in Washington)"),
    ("date", "agree", ["101:cable83", "108:cable83"], "January 2010: cable 10MEXICO83 sent"),
    ("quantity", "agree", ["101:twoofficials", "108:twoofficials"], "two Mexican officials as sources on the Calderon-Obama meeting"),
    ("quote", "agree", ["101:regret", "104:regret", "108:regret"],
     "Clinton accepted the resignation 'with great regret' / «con gran pesar» (Spanish rendering)"),
    ("quote", "agree", ["101:reluctant", "101:reluctant_c", "104:reluctant", "104:reluctant_c", "108:reluctant"],
     "Pascual's cable: army 'reluctant' / «reacio» (Spanish rendering); both commenters re-quote it"),
    ("quote", "agree", ["101:leave", "104:leave", "108:leave"],
     "Pascual: 'I leave with enormous respect ...' / «Me voy con un enorme respeto ...» (Spanish rendering)"),
    ("quote", "agree", ["101:partnership", "108:partnership"], "Pascual: 'The partnership between Mexico and the United States is bigger than any single person'"),
    ("quantity", "agree", ["103:juarez2010", "106:juarez2010"],
     "Ciudad Juarez killings in 2010: more than 3,000 (103, as of Dec 8, 2010) and 3.111 (106)"),
    ("date", "agree", ["103:juarez2010d", "106:juarez2010d"], "2010: year of the Ciudad Juarez killings count"),
    ("quantity", "agree", ["102:deaths2010", "105:deaths2010", "107:deaths2010"],
     "drug-war deaths in 2010: more than 15,000 (102), más de 15 mil (107), 15 mil 273 (105)"),
    ("date", "agree", ["102:deaths2010d", "105:deaths2010d", "107:deaths2010d"], "2010: year of the 2010 death count"),
    # 102 <-> 107 (107 is a Spanish translation of 102)
    ("date", "agree", ["102:released", "107:released"], "this month / este mes: cables released (relative)"),
    ("date", "agree", ["102:oct15", "107:oct15"], "Oct. 15, 2009: cable 09MEXICO2987"),
    ("quantity", "agree", ["102:complaints", "107:complaints"], "more than 1,500 / más de mil 500 CNDH complaints against the army"),
    ("date", "agree", ["102:since2007", "107:since2007"], "since 2007 (complaints period)"),
    ("quantity", "agree", ["102:convicted", "107:convicted"], "one soldier / un soldado convicted"),
    ("quote", "agree", ["102:blackbox", "107:blackbox"], "cable: military justice a 'black box' (translation)"),
    ("quote", "agree", ["102:officers", "107:officers"], "cable: officers investigate themselves (translation)"),
    ("quote", "agree", ["102:hrorgs", "107:hrorgs"], "cable: pattern of arbitrary detentions (translation)"),
    ("quote", "agree", ["102:split", "107:split"], "cable: quote continued across two paragraphs (translation)"),
    ("quantity", "agree", ["102:sixty", "107:sixty"], "Sixty / Sesenta soldiers under investigation in Chihuahua"),
    ("quantity", "agree", ["102:rec2009", "107:rec2009"], "30 CNDH recommendations in 2009"),
    ("date", "agree", ["102:rec2009d", "107:rec2009d"], "2009 (year of the 30 recommendations)"),
    ("quantity", "agree", ["102:rec2008", "107:rec2008"], "14 CNDH recommendations in 2008"),
    ("date", "agree", ["102:rec2008d", "107:rec2008d"], "2008 (year of the 14 recommendations)"),
    ("date", "agree", ["102:feb2010a", "102:feb2010b", "107:feb2010a", "107:feb2010b"],
     "February 2010 cable (Velasco Ruiz meeting; Pascual's comment), mentioned twice in each document"),
    ("quote", "agree", ["102:weknow", "107:weknow"], "Velasco Ruiz: every abuse a gift to the cartels (translation)"),
    ("quote", "agree", ["102:generals", "107:generals"], "Velasco Ruiz: generals do not like to be told (translation)"),
    ("quote", "agree", ["102:without", "107:without"], "Pascual: without credible accountability (translation)"),
    ("quote", "agree", ["102:stop", "107:stop"], "Pascual: Mexicans will stop believing (translation)"),
    ("quantity", "agree", ["102:poll", "107:poll"], "68 percent approve of the military's role (Reforma poll)"),
    ("date", "agree", ["102:dec13", "107:dec13"], "Dec. 13 / 13 de diciembre: Defense Ministry statement"),
    ("quote", "agree", ["102:respects", "107:respects"], "Defense Ministry: army 'respects and protects human rights' (translation)"),
    ("quantity", "agree", ["102:resolved", "107:resolved"], "98 percent of complaints resolved (Defense Ministry)"),
    ("quantity", "agree", ["102:troops", "107:troops"], "some 45,000 / unos 45 mil troops deployed in December 2006"),
    # within one document
    ("quote", "single-source", ["105:vacio_h", "105:vacio"], "'vacío de autoridad' in the headline and the body"),
    ("quote", "single-source", ["105:marina", "105:marina_c"],
     "Harlan's cable on the Navy (body) and a commenter's loose re-quote 'la Marina es la única institución confiable' (worded differently)"),
]


def locate(text, entry):
    want = entry["text"]
    ctx = entry.get("ctx")
    if "\r\n" in text:
        want = want.replace("\n", "\r\n")
        ctx = ctx.replace("\n", "\r\n") if ctx else None
    if ctx is None:
        ctx = want
    n = text.count(ctx)
    assert n == 1, f"context {ctx!r} occurs {n} times"
    assert want in ctx, (want, ctx)
    start = text.index(ctx) + ctx.index(want)
    return want, start, start + len(want)


def quote_words(span):
    inner = span[1:-1]
    inner = re.sub(r"\s+", " ", inner).strip()
    if inner.endswith((",", ".")):
        inner = inner[:-1]
    return inner


def s(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def build():
    keys = {}
    for name, spec in DOCS.items():
        text = (CORPUS / f"{name}.txt").read_bytes().decode("utf-8")
        prefix = name.split("_")[0]
        cstart = text.index(spec["comments"]) if spec["comments"] else len(text) + 1
        claims, nots = [], []
        for e in spec["entries"]:
            try:
                span, start, end = locate(text, e)
            except AssertionError as err:
                raise SystemExit(f"{name}: {err}")
            e = dict(e, text=span, start=start, end=end)
            (nots if e["kind"] is None else claims).append(e)
        claims.sort(key=lambda e: e["start"])
        nots.sort(key=lambda e: e["start"])
        counters = {}
        out = [f"document: {name}", "claims:"]
        for e in claims:
            letter = KIND_LETTER[e["kind"]]
            counters[letter] = counters.get(letter, 0) + 1
            cid = f"{prefix}-{letter}{counters[letter]:02d}"
            if e.get("key"):
                k = f"{prefix}:{e['key']}"
                assert k not in keys, k
                keys[k] = (cid, e["kind"])
            section = "comment" if e["start"] >= cstart else "body"
            out += [f"- id: {cid}", f"  kind: {e['kind']}", f"  text: {s(e['text'])}",
                    f"  start: {e['start']}", f"  end: {e['end']}", f"  section: {section}",
                    f"  language: {e.get('language') or spec['language']}"]
            if e["kind"] == "quantity":
                out += [f"  value: {s(e['value'])}", f"  unit: {s(e['unit'])}",
                        f"  qualifier: {s(e['qualifier'])}", f"  subject: {s(e['subject'])}"]
            elif e["kind"] == "date":
                out.append(f"  date: {s(e['date'])}")
                if e["date"] is None:
                    out.append("  relative: true")
            else:
                q = e.get("quote") or quote_words(e["text"])
                out += [f"  quote: {s(q)}", f"  speaker: {s(e['speaker'])}"]
                if e.get("attribution"):
                    out.append(f"  attribution: {s(e['attribution'])}")
            if e.get("note"):
                out.append(f"  note: {s(e['note'])}")
        out.append("not_claims:")
        for e in nots:
            out += [f"- text: {s(e['text'])}", f"  start: {e['start']}", f"  end: {e['end']}",
                    f"  reason: {e['reason']}"]
            if e.get("note"):
                out.append(f"  note: {s(e['note'])}")
        (GOLD / f"{name}.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")

    out = ["groups:"]
    for i, (kind, verdict, members, note) in enumerate(GROUPS, 1):
        ids = []
        for m in members:
            cid, k = keys[m]
            assert k == kind, (m, k, kind)
            ids.append(cid)
        out += [f"- id: g{i:02d}", f"  kind: {kind}", f"  verdict: {verdict}", "  claims:"]
        out += [f"  - {cid}" for cid in ids]
        out.append(f"  note: {s(note)}")
    (GOLD / "groups.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    unused = set(k for k in keys) - {m for g in GROUPS for m in g[2]}
    if unused:
        print("keyed claims in no group:", sorted(unused))


if __name__ == "__main__":
    build()
