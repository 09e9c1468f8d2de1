import pytest

from reconcile import claims_in_text
from reconcile.extract.quotes import looks_like_name, quotes_in

from conftest import seed


def quotes(text, language="en"):
    return [(c.quote, c.speaker) for c in claims_in_text(text, language=language) if c.kind == "quote"]


def test_quote_continues_across_paragraphs_when_reopened():
    text = ('"We have 18 months," the minister said. "And if we fail,\n\n'
            '"it will be difficult to sustain this."\n\nThe end.')
    found = [q.words for q in quotes_in(text, 0, len(text)) if not q.is_name]
    assert found == ["We have 18 months", "And if we fail, it will be difficult to sustain this"]


def test_nested_quote_counts_once():
    text = 'In October of 2009, Gutierrez "expressed a real concern with ‘losing\' certain regions" of the country.'
    assert quotes(text) == [("expressed a real concern with ‘losing' certain regions", "Gutierrez")]


def test_apostrophes_are_not_quote_marks():
    text = "Mexico’s powerful drug cartels and the agency's success don't change."
    assert quotes(text) == []


def test_guillemets_and_spanish_verb():
    text = "«No toleraremos el contrabando», dijo María López, directora regional."
    assert quotes(text, "es") == [("No toleraremos el contrabando", "María López")]


def test_quoted_names_are_not_quotes():
    assert looks_like_name("The Global Intelligence Files")
    assert looks_like_name("Fast and Furious")
    assert looks_like_name("MX1")
    assert not looks_like_name("slow and risk averse")
    assert not looks_like_name("down.")


def test_speakers_in_the_seed_articles():
    text = seed("001")
    found = {q: s for q, s in quotes(text)}
    assert found["We have 18 months"] == "Geronimo Gutierrez"
    # The next two paragraphs continue his quote without naming him again.
    assert found[next(q for q in found if q.startswith("And if we do not produce"))] == "Geronimo Gutierrez"
    assert found[next(q for q in found if q.startswith("It is damaging"))] == "Geronimo Gutierrez"


def test_speaker_through_description_and_colon():
    text = seed("003")
    found = {q[:30]: s for q, s in quotes(text)}
    # The article names him in full once, then "Gutierrez": the surname takes the full name.
    assert found["It is damaging Mexico's intern"] == "Geronimo Gutierrez"  # "the official said that"
    assert found["If we do not produce a tangibl"] == "Geronimo Gutierrez"  # "Gutierrez looked ahead:"
    assert found["Mexico's use of strategic and "] == "Carlos Pascual"      # "Ambassador Pascual, ..., wrote that"
    assert found["Calderon has aggressively atta"] is None          # "A memo reports that"


def test_said_x_told_and_he_added():
    text = seed("004")
    found = {q[:25]: s for q, s in quotes(text)}
    assert found["Operational coordination "] == "MX1"                  # said MX1
    assert found["I can confirm that there "] == "MX1"                  # a diplomat referred to as “MX1,” who told
    assert found["the repercussions on coop"] == "MX1"                  # he added
    assert found["U.S. special operations f"] == "US714"                # wrote “US714,”


def test_calderon_told_el_universal():
    text = seed("000")
    found = dict(quotes(text))
    assert found["The institutional cooperation ends up being notoriously insufficient"] == "Felipe Calderon"


# Attributions as news writes them, in sentences of our own: the speaker's surname must come out.
NEWS_ATTRIBUTIONS = [
    ("en", 'Mexico City Mayor Claudia Sheinbaum visited the site. "We will know the truth," Sheinbaum said on Tuesday.',
     "Sheinbaum"),
    ("en", '"There are children among the dead," said Sheinbaum, who arrived at midnight.', "Sheinbaum"),
    ("en", 'According to Mayor Claudia Sheinbaum, "a beam failed."', "Sheinbaum"),
    ("en", 'Sheinbaum told reporters: "We cannot speculate."', "Sheinbaum"),
    ("en", 'President Andres Manuel Lopez Obrador said that "nothing will be hidden".', "Obrador"),
    ("en", 'The governor, Narongsak Osottanakorn, said the boys were safe. "They are all in good health," he added.',
     "Osottanakorn"),
    ("en", '"We are not sure how long they can hold out," Narongsak Osottanakorn, the governor, told reporters.',
     "Osottanakorn"),
    ("es", '«No vamos a especular», afirmó Sheinbaum en conferencia de prensa.', "Sheinbaum"),
    ("es", 'La jefa de Gobierno, Claudia Sheinbaum, aseguró que «se sabrá toda la verdad».', "Sheinbaum"),
    ("es", 'Claudia Sheinbaum llegó al lugar. En conferencia, la mandataria capitalina dijo: «Vamos a saber la verdad».',
     "Sheinbaum"),
    ("es", '“Los niños están bien”, señaló el gobernador de Chiang Rai, Narongsak Osottanakorn.', "Osottanakorn"),
    ("es", 'El buzo británico John Volanthen dijo: “Son muy valientes”.', "Volanthen"),
    ("en", 'Elon Musk tweeted that his mini-submarine was "ready to go".', "Musk"),
    ("es", 'El coordinador Luis Felipe Puente habló en Twitter.\n\n"Se reportan 217 fallecidos", ha indicado en un '
           'breve mensaje.', "Puente"),
    ("es", 'El presidente, Enrique Peña Nieto, ha anunciado su regreso "inmediato" a Ciudad de México.', "Nieto"),
    ("en", '"We are working day and night," Sheinbaum has said.', "Sheinbaum"),
]


@pytest.mark.parametrize("language,text,surname", NEWS_ATTRIBUTIONS,
                         ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(NEWS_ATTRIBUTIONS)])
def test_news_attributions(language, text, surname):
    from reconcile import claims_in_text
    quotes = [c for c in claims_in_text(text, language=language) if c.kind == "quote"]
    assert quotes[-1].speaker.split()[-1] == surname


@pytest.mark.parametrize("language,text,expected", [
    # A role noun means the person the text gave that office, not the last name it wrote.
    ("es", "La ministra Ana Torres recibió al alcalde Jorge Ruiz. «Vamos a reconstruir cada casa», dijo la ministra.",
     "Ana Torres"),
    ("es", "El presidente Luis Arce saludó a los rescatistas de Pedro Soto. «Cumplieron con su deber», afirmó "
           "el mandatario el 3 de marzo en Cochabamba.", "Luis Arce"),
    # A name a quote addresses is not its speaker.
    ("es", "El capitán Mario Díaz abrazó al ministro Raúl Vega.\n\n«Mario, lo lograste», le dijo.", "Raúl Vega"),
    # A quoted fragment in a sentence that a person opens, or that opens "For X,".
    ("en", "Governor Ana Ruiz toured the site. Ruiz praised \"the courage of every volunteer\" on Friday.", "Ana Ruiz"),
    ("es", "Para el analista Jorge Vidal Soto, sin embargo, el descenso “se explica por la lluvia”.", "Jorge Vidal Soto"),
    ("es", "México pone «los muertos» en esta guerra.", None),
    # Whom a Spanish verb addresses comes before its subject; a dash may stand before the verb;
    # an adverb between a name and its verb.
    ("es", "“Vamos a reconstruir cada estación”, dijo a la prensa el secretario de Obras, Adán Ruiz.", "Adán Ruiz"),
    ("es", "“No habrá impunidad” —dijo Ruiz.", "Ruiz"),
    ("en", "Mayor Ana Ruiz visited the site.\n\nRuiz later added: \"We will find who is responsible.\"", "Ana Ruiz"),
    ("en", "Truth be told I heard a neighbour once say, \"the line shook every day.\"", None),
    # "According to <role>, <Name>,"; how it was said before the subject; a company is no speaker.
    ("es", "De acuerdo con el director de Protección Civil, Juan Ortiz, “no hay más víctimas”.", "Juan Ortiz"),
    ("es", "«Habrá una investigación», aseguró en entrevista con Milenio la titular de Obras, Ana Ruiz.", "Ana Ruiz"),
    ("es", "“La obra cumplía las normas”, expresó a través de un comunicado la empresa Carso.", None),
    # A sentence that ends right after the quote: the next sentence's speaker is not its own.
    ("es", "La fiscal Elena Ríos afirmó que el fallo es «un mensaje». El abogado de Salas, Tomás Vega, dijo "
           "que apelará.", "Elena Ríos"),
    # A nationality before the title is no part of the name the surname stands for.
    ("en", "Chilean President Ana Ruiz confirmed the news.\n\n\"They are alive,\" Ruiz said.", "Ana Ruiz"),
    # An abbreviated title before the name after the quote; a party and state between commas.
    ("en", "“We did not expect a storm this strong,” Gov. Ana Ruiz told reporters.", "Ana Ruiz"),
    ("en", "\"How do you miss so many deaths?\" Sen. Mark Dunn, D-Ore., tweeted.", "Mark Dunn"),
    # "they" is a group; "la autoridad" the office holder named before; an organisation's name is no person.
    ("en", "Researchers from the Lamont School of Public Health counted deaths on Isla Verde.\n\n"
           "“The mortality stayed high,” they wrote.", None),
    ("es", "El gobernador Luis Mena reconoció errores.\n\nEn una rueda de prensa, la autoridad dijo que "
           "«acepta todas las críticas».", "Luis Mena"),
    # "she" is no broadcaster that "reports", nor a place after "of".
    ("en", "Mayor Ana Ruiz spoke on Friday.\n\nCBS Miami reports the road to the site is a caravan of trucks.\n\n"
           "“The magnitude of this tragedy is growing,” she said.", "Ana Ruiz"),
    ("en", "Mayor Ana Ruiz spoke on Friday.\n\nThe site, just north of Miami Beach, is closed.\n\n"
           "“The magnitude of this tragedy is growing,” she said.", "Ana Ruiz"),
    # An adverb between the verb and its subject; a country before the name; adjectives after a role.
    ("es", "«Es difícil mantener las casas debajo de un puente peligroso», explicó ayer el alcalde de la ciudad, "
           "Marco Bucci.", "Marco Bucci"),
    ("es", "«Cuando eso sucedió, tomó un pedacito del corazón», dijo la representante de los Estados Unidos "
           "Debbie Wasserman Schultz, cuyo distrito incluye Surfside.", "Debbie Wasserman Schultz"),
    ("es", "«Ningún gobierno tiene autoridad», dijo entonces el diputado priista Jorge Villalobos, quien pidió más.",
     "Jorge Villalobos"),
    ("en", "The next day, U.S. Rep. Debbie Wasserman Schultz, D-Fla., told reporters: “It took a little piece of "
           "the hearts of this community.”", "Debbie Wasserman Schultz"),
    ("en", "\"Unfortunately, the toll will increase\" as rescuers searched the rubble for the missing, Interior "
           "Minister Ana Ruiz told reporters.", "Ana Ruiz"),
    # A place after "desde" is no speaker: "el mandatario" is the president named before.
    ("es", "El presidente chileno, Luis Soto, habló el domingo.\n\n\"Una de las urgencias es recuperar los "
           "cuerpos\", indicó el mandatario desde Quilpué.", "Luis Soto"),
    # "he" is not a person named as one of a group ("including CEO Luis Soto").
    ("en", "Rear Adm. John Moore said the hull had failed. The debris points to the deaths of the five passengers "
           "aboard, including OceanGate CEO Luis Soto.\n\n\"The debris is consistent with a loss of the pressure "
           "chamber,\" he said.", "John Moore"),
    # Abbreviated ranks written without their full stop, as British style does.
    ("en", "Rear Adm John Moore says there \"doesn't appear to be any connection\" with the noises.", "John Moore"),
    # A pull quote signed with a full name on its own line.
    ("es", "«La ciudad jamás ha vivido algo así»Ana Beltrán\nEl panorama sigue siendo desolador.", "Ana Beltrán"),
    # The common nouns of an office between a title and a full name are not the name.
    ("en", "The head of General Security Omar Haddad told reporters that \"dangerous goods\" were stored there.",
     "Omar Haddad"),
    # An article inside a name is a particle, not a title that ends what comes before it.
    ("en", "\"We felt a very violent tremor,\" Karim El Idrissi, 33, told AFP by telephone.", "Karim El Idrissi"),
    # A place before a title qualifies it: "Texas Gov. Greg Abbott" is Greg Abbott.
    ("en", "\"They showed incredible courage,\" said Texas Gov. Greg Abbott on Wednesday.", "Greg Abbott"),
    # An attribution that ends the sentence past the words that finish the quote's clause.
    ("es", "\"Estaba convencido de que ya no había amenazas\" para entrar al salón, explicó el jefe Raúl Ortega.",
     "Raúl Ortega"),
    # The office after a speech verb is no name a later verb governs.
    ("es", "“Son ciudadanos colombianos”, dijo el ministro de Defensa, Diego Molano, señalando que ordenó colaborar.",
     "Diego Molano"),
    # Past the words finishing the quote's clause, an attribution with an apposition.
    ("es", "“El número de muertos ha aumentado” a 58, dijo el jefe de la policía de Rivas, Tomás Ibarra, en una "
           "conferencia de prensa.", "Tomás Ibarra"),
    # A description no role list knows, then the name in apposition.
    ("es", "\"Creemos que actuó solo\", dijo el alguacil del condado de Rivas, Tomás Ibarra.", "Tomás Ibarra"),
    # "Speaker" is a title, as "Senator" is.
    ("en", "\"I wouldn't change a thing,\" said House Speaker Kevin Morrow.", "Kevin Morrow"),
    # A participle opening the sentence is no attribution; a platform is no person.
    ("en", "Writing on Facebook, Mayor Ana Ruiz said \"we will rebuild every home\".", "Ana Ruiz"),
    ("es", "En X (antes Twitter), la Policía publicó: \"Logramos la aprehensión de varios sujetos\".", None),
    # "the commissioner" points back to the one the text gave that office.
    ("en", "Police Commissioner Ana Ruiz spoke.\n\n\"Police received its first call at 1.41pm,\" the commissioner "
           "said in a statement today.", "Ana Ruiz"),
    # Before a colon, the subject of "told reporters", not the first name of the sentence.
    ("en", "Asked whether Biden would act, press secretary Jen Psaki told reporters: \"He does not want them to live.\"",
     "Jen Psaki"),
    # Surnames without the first names take the full name the document gave.
    ("en", "President Andrés Manuel López Obrador flew to Acapulco.\n\n\"We will not leave anyone alone,\" López "
           "Obrador said.", "Andrés Manuel López Obrador"),
    # In Spanish, the first surname with a second one the document had not given.
    ("es", "La alcaldesa, Marta Quiroga, recorrió la zona.\n\n\"No vamos a ocultar nada\", dijo Quiroga Peña.",
     "Marta Quiroga"),
    # AP on the Morandi bridge: a word of the official's own, the cause she gave.
    ("en", "Prefect Office official Raffaella Corsaro attributed the lowered number to a \"misunderstanding\" about "
           "information supplied by ambulance dispatchers.", "Raffaella Corsaro"),
    # Unseen pages on Moïse's killing, the Chapecoense crash and the Germanwings crash: a place
    # a preposition governs, a capitalised common noun and a nationality are nobody.
    ("en", "\"The process went smoothly,\" Taiwan's embassy in Port-au-Prince said in a statement.", None),
    ("en", "Reports also revealed a leaked tape in which the pilot warns of \"total electric failure\".", None),
    ("en", "Victims included 16 German teenagers, and the mayor of their hometown called it \"the darkest day in "
           "the history of our city.\"", None),
    ("en", "\"We are heartbroken,\" the spokeswoman for Gov. Greg Abbott, Renae Eze, said.", "Renae Eze"),
    # A quote that is a sentence of its own carries on the speech the sentence before reported;
    # after a sentence that reports no speech, it is nobody's.
    ("en", "The mayor toured the site on Tuesday. Ana Ruiz said the city would rebuild every home. \"We will not "
           "rest until every family is home.\"", "Ana Ruiz"),
    ("en", "Ana Ruiz toured the site on Tuesday. Crews worked through the night. \"We will not rest until every "
           "family is home.\"", None),
    # An unseen page on the Turkey earthquake: the subject left out of two coordinated verbs.
    ("es", "El presidente turco, Tayyip Erdogan, se dirigió al país por Twitter. Deseó fuerza a los afectados y "
           "dijo que los equipos de rescate están en camino. “Esperamos superar este desastre lo más rápido "
           "posible”.", "Tayyip Erdogan"),
    # Infobae on Surfside: a figure's thousands point inside the office is no full stop.
    ("es", "Pero \"todavía rezamos por un milagro\", dijo este jueves el alcalde de la pequeña localidad de 6.000 "
           "habitantes, Charles Burkett, asegurando que seguirán.", "Charles Burkett"),
    # Unseen pages on the Amatrice earthquake: a town's name is no speaker, and "the mayor" is
    # not the premier the text named before.
    ("en", "The mayor of the small town Amatrice said the town \"isn't here any more\".", None),
    ("en", "Premier Matteo Renzi visited the zone on Wednesday.\n\nThe mayor of Amatrice said: \"The town isn't here "
           "anymore.\"", None),
    # The Guardian's headline names the office's town: "Mayor of Amatrice" holds no office.
    ("en", "Mayor of Amatrice says the town is gone after strong earthquake\n\nThe mayor said his "
           "town \"isn't here any more\".", None),
    # Heavy's title-case subheading: "The Mayor Says He Believes the Attack Was Designed".
    ("en", "The Mayor Says He Believes the Attack Was Designed to Cause Fear\n\nThe mayor said \"this morning's "
           "attack on our community was intended to cause fear\".", None),
    # TUDN on the Chapecoense crash: the stations are whom the agency spoke to.
    ("es", "“Luego de cotejar la información se descartó el abordaje de 4 personas en el vuelo”, explicó la entidad a "
           "las emisoras colombianas Blu Radio y Caracol Radio.", None),
    # The name opens the first of two coordinated verbs, with a relative "que" between them.
    ("es", "El primer ministro, Giuseppe Conte, llegó al lugar. Conte también felicitó a los rescatistas que "
           "seguían en el sitio y dijo que “salvaron a las personas que cayeron”.", "Giuseppe Conte"),
    # A gerund of speech after the subject's own verb; an aside in brackets names places, not her.
    ("es", "La alcaldesa del condado de Miami-Dade (que abarca Miami y Surfside), Ana Ruiz, dio el balance el "
           "jueves, admitiendo que informar las cifras \"no se ha vuelto más fácil\".", "Ana Ruiz"),
    ("en", "Mayor Ana Ruiz gave the new toll on Thursday, admitting that the numbers \"have not gotten any easier\".",
     "Ana Ruiz"),
    # Radio Nacional on the Chapecoense crash: "el alcalde" is not the general named before,
    # whom "el general" does mean.
    ("es", "El general José Acevedo, jefe de policía en la zona, habló con la prensa.\n\nEl alcalde describió "
           "como una \"enorme tragedia\" lo ocurrido.", None),
    ("es", "El general José Acevedo, jefe de policía en la zona, habló con la prensa.\n\nEl general describió "
           "como una \"enorme tragedia\" lo ocurrido.", "José Acevedo"),
    # A page on the Titan submersible: the dateline's city is no speaker, and no name runs
    # from the headline across the blank line into it.
    ("en", "Titan Found in Pieces, Five Onboard Declared Dead\n\nLondon - The U.S. Coast Guard announced on "
           "Thursday that Titan was lost to a \"catastrophic implosion,\" resulting in the loss of all lives.", None),
    # A name he was given is no one's words; what she called the effort is hers.
    ("en", "• Paul-Henry Nargeolet, a 77-year-old Frenchman who searched the wreck site, often called "
           "“Mr. Titanic.”", None),
    ("en", "In a tweet the Paris mayor Anne Hidalgo honoured everyone in the rescue effort, which she called "
           "\"formidable\".", "Anne Hidalgo"),
    # The words after a quote stop at its sentence's end: the next sentence's subject said nothing of it.
    ("en", "Firearms were recovered, Police Commissioner Mike Bush said.\n\nAustralian Prime Minister Scott Morrison "
           "described the man as an “extremist, right-wing” terrorist. New Zealand Police Commissioner Bush "
           "confirmed that the man was not known to the police.", "Scott Morrison"),
    # Atalayar on Beirut: "The Information Minister" is not the Health Minister quoted before.
    ("en", "Health Minister Hamad Hassan said hospitals were full and field hospitals were needed.\n\n"
           "The Information Minister warned that the state of emergency may be \"renewable\".", None),
    # An office of two words ("the acting prime minister") is that office, not "minister";
    # a pilot "heard telling" is the pilot speaking.
    ("en", "President Ana Ruiz was killed, according to acting Prime Minister Luis Mena.\n\nGunmen stormed the home, "
           "according to the acting prime minister, who described the killing as a “barbaric act.”", "Luis Mena"),
    ("en", "“Total electrical failure, without fuel,” the pilot Miguel Quiroga is heard telling a control tower "
           "operator.", "Miguel Quiroga"),
    # Hiptex on Las Vegas: "el jefe de la Policía" is not the attacker named before; "the suspect" may be.
    ("es", "Los agentes entraron en la habitación del atacante, identificado como Stephen Paddock, de 64 años."
           "\n\n\"Creemos que se trata de un lobo solitario\", ha declarado el jefe de la Policía.", None),
    ("en", "The suspect, John Smith, was arrested on Monday.\n\n\"I did nothing wrong,\" the suspect said.",
     "John Smith"),
    # Diario de Juárez on the Nashville bombing: "Don" before a name is the spokesman's first name.
    ("es", "El portavoz de la Policía de Nashville, Don Aaron, dijo a los periodistas que “había anuncios”.",
     "Don Aaron"),
    # An office of what it heads, then its holder, with no comma: the holder speaks, not the
    # reporter named in the caption before (a Maui page); "la empresa Carso" stays a company.
    ("es", "Paula Newton habla con el gobernador sobre los incendios.\n\n\"Sabemos que esos nombres pueden causar "
           "dolor\", dijo el jefe de policía John Pelletier en un comunicado.", "John Pelletier"),
    ("es", "\"Seguimos buscando\", afirmó la jefa de la policía Ana Ruiz.", "Ana Ruiz"),
    ("es", "\"Seguimos buscando\", dijo un vocero de la empresa Carso.", None),
    # A speech verb of an earlier clause ("cited") is not the quote's: the later "said" names him.
    ("en", "Farhan Haq, deputy spokesman for the UN Secretary-General, spoke on Sunday.\n\nOn why the UN cited "
           "the death toll incorrectly, Haq said, \"In a lot of tragedies we end up revising our numbers.\"",
     "Farhan Haq"),
], ids=["office-of-the-role", "mandatario-is-the-president-not-a-place", "addressed-is-not-the-speaker",
        "fragment-after-the-subject", "para-x-opens-the-sentence", "a-country-is-no-speaker", "addressee-before-subject",
        "dash-before-the-verb", "adverb-before-the-verb", "truth-be-told-is-no-name", "according-to-a-role-then-name",
        "how-it-was-said-before-the-subject", "a-company-is-no-speaker", "next-sentence-is-another-speaker",
        "title-inside-a-name", "abbreviated-title-after-the-quote", "party-and-state-apposition",
        "they-is-a-group", "la-autoridad-is-the-office-holder", "a-broadcaster-is-no-person",
        "a-place-after-of-is-no-person", "an-adverb-before-the-role", "a-country-before-the-name",
        "an-adjective-after-the-role", "dotted-capitals-and-a-party-are-no-name", "a-clause-between-quote-and-subject",
        "a-place-after-desde-is-no-speaker", "he-is-no-one-listed-after-including",
        "a-rank-abbreviated-without-its-full-stop", "a-signed-pull-quote", "an-office-between-title-and-name",
        "an-article-inside-a-name", "a-place-before-a-title-qualifies-it", "an-attribution-ending-the-sentence",
        "an-office-after-the-verb-is-no-name", "an-attribution-past-commas", "a-description-then-the-name",
        "speaker-is-a-title", "a-participle-opening-the-sentence", "a-platform-is-no-person",
        "the-commissioner-points-back", "told-reporters-before-a-colon", "surnames-without-first-names",
        "first-surname-and-a-second", "attributed-to-a-word-of-hers",
        "a-place-after-in-is-nobody", "a-capitalised-common-noun-is-nobody", "a-nationality-is-nobody",
        "the-apposition-not-the-name-after-for", "a-quote-sentence-after-reported-speech",
        "a-quote-sentence-after-no-speech", "a-subject-left-out-of-two-verbs", "a-thousands-point-in-the-office",
        "a-town-is-no-speaker", "the-mayor-is-not-the-premier", "the-place-of-an-office-holds-none",
        "a-headlines-capitals-name-nobody",
        "the-addressee-after-a-is-no-apposition", "the-name-opening-two-coordinated-verbs",
        "a-gerund-of-speech-past-an-aside", "admitting-is-a-speech-verb", "the-mayor-is-not-the-general",
        "the-general-is-the-general", "a-dateline-city-is-no-speaker",
        "a-name-given-is-no-ones-words", "what-she-called-it-is-hers",
        "the-next-sentences-subject-said-nothing", "another-portfolio-is-another-minister",
        "don-is-a-first-name", "an-office-of-two-words", "heard-telling",
        "the-police-chief-is-not-the-attacker", "the-suspect-is-the-suspect",
        "an-office-of-what-it-heads-then-its-holder", "an-office-with-an-article", "a-company-is-no-holder",
        "a-later-verb-names-the-speaker"])
def test_speakers_by_role_and_address(language, text, expected):
    assert [c.speaker for c in claims_in_text(text, language=language) if c.kind == "quote"] == [expected]


@pytest.mark.parametrize("language,text,expected", [
    # Each of several quotes in one sentence is its own subject's: a name after a quote whose
    # verb goes on to a quote of its own is that quote's speaker.
    ("en", "Mayor Ana Ruiz tweeted that her thoughts were “with the families tonight,” Governor Luis Mena called "
           "the bridge “a symbol of the city” while Senator Pablo Ortiz said it was “a tragedy for all of us”.",
     ["Ana Ruiz", "Luis Mena", "Pablo Ortiz"]),
    # The same speech going on after a pause keeps its speaker.
    ("en", "Fire chief Ana Ruiz spoke on Monday.\n\n“We cannot confirm the cause,” Ruiz said, but “the inquiry "
           "will be thorough.”", ["Ana Ruiz", "Ana Ruiz"]),
    # A possessive before the name, a dash before the subject; a title with a place before it.
    ("en", "WATCH: Bridge collapse — Peru’s Vizcarra says ‘we will rebuild’ as rescuers dig", ["Vizcarra"]),
    ("en", "Lima Archbishop Carlos Castillo says “everyone gives what he can.”", ["Carlos Castillo"]),
    # An office's place before its holder's name; a prepositional phrase after the role is no name.
    ("es", "La alcaldesa de Lima, Ana Ruiz, propuso una colecta.\n\n\"Propondré una conferencia de donantes\", ha "
           "afirmado la alcaldesa de Lima, en declaraciones a la cadena Radio Nacional, antes de irse.", ["Ana Ruiz"]),
    # The name right before the verb is its subject, not a place earlier in the sentence.
    ("en", "As the water rose around the old Lima bridge on Monday, Mr Ortiz tweeted that \"perhaps the army "
           "could help.\"", ["Ortiz"]),
    # A quote that ends its line takes no attribution from the next line.
    ("en", "Bishop Carlos Castillo says “everyone gives what he can.”\nMaría Pérez, whose company owns three "
           "banks, pledged the money on Monday.", ["Carlos Castillo"]),
    # A role, then its holder's name, opening the sentence; the name after a preposition is the object.
    ("es", "El general Mario Vega, jefe del Ejército, ha pedido la renuncia del presidente Luis Arce "
           "\"ante la crisis que vive el país\".", ["Mario Vega"]),
    ("es", "La senadora Ana Ruiz se proclamó presidenta y habló de \"la necesidad de paz\" en el país.", ["Ana Ruiz"]),
    # A role with an adjective of nationality, then its holder; a lead of a few words, then a role
    # and its holder set off by commas.
    ("es", "El primer ministro chileno, Luis Soto, decretó el «estado de emergencia durante 12 meses» en Lima.",
     ["Luis Soto"]),
    ("es", "Por su parte, la alcaldesa de Lima, Ana Ruiz, ha propuesto una \"conferencia internacional de "
           "donantes\".", ["Ana Ruiz"]),
    # Spanish leaves out the subject before a speech verb too; not when it follows the verb.
    ("es", "El presidente Luis Soto recibió a los mineros. También agradeció a los familiares, «que nunca "
           "perdieron la esperanza». Tras dar su pésame, dijo que la cifra era de «33 muertos». Pero «rezamos», "
           "dijo el jueves el alcalde del pueblo, Carlos Burgos, asegurando que «no se rinden». Los rescatistas "
           "dijeron que «fue un milagro».", ["Luis Soto", "Luis Soto", "Carlos Burgos", "Carlos Burgos", None]),
    # Someone new and unnamed ("A witness") is not the person last named; a quote whose own full
    # stop ends its sentence takes nothing from the next one.
    ("en", "President Luis Soto greeted the miners. A witness told reporters that \"the bridge shook.\" The "
           "president said: \"Viva Chile, viva la patria.\"", [None, "Luis Soto"]),
    ("es", "El presidente Luis Soto saludó. Un testigo dijo que «el puente tembló». Soto afirmó: «viva la patria».",
     [None, "Luis Soto"]),
    # A few words and a comma before the subject; a place after "en" is no speaker.
    ("es", "Poco antes, Luis Arce había convocado a elecciones en Bolivia \"para buscar la paz\".", ["Luis Arce"]),
    # A surname the document gave in full opens the sentence.
    ("es", "Lo recibió el canciller, Marcelo Ruiz. Ruiz le dio su más «cordial bienvenida».", ["Marcelo Ruiz"]),
    # A pause before the next quote keeps the speaker ("said in a tweet, adding that “...”").
    ("en", "Cuba \"stands with Arce,\" Foreign Minister Bruno Diaz said in a tweet, adding that he was \"a symbol.\"",
     ["Bruno Diaz", "Bruno Diaz"]),
    # A country is no speaker; the person who speaks for it is.
    ("en", "Cuba strongly condemned what it called a \"coup\" in the country.", [None]),
    ("es", "«Es un golpe de Estado», afirmó México en un comunicado. «Lo rechazamos», dijo el canciller Luis Ortiz.",
     [None, "Luis Ortiz"]),
    # A description set off by commas before the verb: its names are not the subject.
    ("en", "Gov. Luis Mena, the leader of the region which includes Lima, told a news conference that \"we don't "
           "know how many cars were on the bridge\" when it fell.", ["Luis Mena"]),
    ("es", "El alcalde Pedro Gómez, el responsable de la ciudad que incluye Valparaíso, dijo a la prensa que \"nadie "
           "podía detener el agua\" el lunes.", ["Pedro Gómez"]),
    ("es", "Mario Soto, cuya esposa, Ana, no ha sido hallada, dijo que la familia había aceptado “la pérdida de un "
           "alma brillante”.", ["Mario Soto"]),
    # A conjunction after a quote opens a clause of its own: its subject did not say the quote.
    ("en", "Interior Minister Ana Ruiz spoke on Monday.\n\nRuiz declined to give a number of the missing, saying "
           "that would be \"supposition,\" but separately Chief Prosecutor Luis Vega told reporters there could be "
           "ten.", ["Ana Ruiz"]),
    ("es", "La ministra Ana Ruiz habló el lunes. Ruiz no quiso dar una cifra y la calificó de «especulación», pero el "
           "fiscal Luis Vega dijo a la prensa que podrían ser diez.", ["Ana Ruiz"]),
    # Five words of description before the name after a quote; an office "of" something,
    # then its holder; the day between a Spanish verb and its subject.
    ("en", "\"The river rose two metres in six hours,\" National Water Institute flood specialist Ana Ruiz wrote on "
           "X on Tuesday.", ["Ana Ruiz"]),
    ("en", "\"The prosecutor's office counts 39 dead,\" said Minister of Security Ana Lucía Ruiz.", ["Ana Lucía Ruiz"]),
    ("es", "«No tiene precedentes en el país», expresó este jueves el presidente peruano, Luis Arce Vega.",
     ["Luis Arce Vega"]),
    # An adverb that opens a sentence is no name, and the clause after it no description.
    ("es", "El minero Luis Urzúa habló con la prensa tras salir del pozo.\n\nAnoche, él dio algunos detalles de los "
           "días bajo tierra, indicando que cuando llegó la perforadora “todos querían abrazar el martillo”.",
     ["Luis Urzúa"]),
    # Ranks and offices are titles, however many words of place come before them.
    ("en", "\"We do not believe we will find them alive,\" Coast Guard Rear Admiral Ana Ruiz told reporters.",
     ["Ana Ruiz"]),
    ("en", "\"We act as if it were on another continent,\" said El Paso County Commissioner Ana Lucía Ruiz.",
     ["Ana Lucía Ruiz"]),
    ("es", "«No creemos que los encontremos con vida», dijo el contraalmirante Luis Vega.", ["Luis Vega"]),
    # An affiliation after the name is no part of it; nor is an organisation's word a title.
    ("es", "El contralmirante Luis Vega de la Guardia Costera informó que los restos eran “consistentes con una "
           "implosión”. Asimismo, remarcó que hubo una “pérdida catastrófica”.", ["Luis Vega", "Luis Vega"]),
    # A byline names the writers: a quote whose sentence names no person is not theirs.
    ("es", "Por Ana Ruiz y Pedro Gómez\n\nEl barco sufrió una \"implosión catastrófica\", informó el jueves la "
           "Guardia Costera.", [None]),
    # A people's name alone is no person: "one Colombian military source" is unnamed.
    ("en", "No explosion points to a lack of fuel, with one Colombian military source telling the AFP agency its "
           "absence was \"suspicious\".", [None]),
    # A long office between the addressee and the holder's name.
    ("es", "«Se pudieron rescatar seis personas con vida», dijo a los periodistas el comandante de la Policía "
           "Metropolitana del Valle de Aburrá, José Gerardo Acevedo.", ["José Gerardo Acevedo"]),
    # A club's name is no person the pilot could be.
    ("en", "The plane was flying the team to play Atletico Nacional in Medellin.\n\nThe pilot can be heard "
           "warning of a \"total electric failure\".", [None]),
    # A pronoun before the verb is its subject: the person the sentence opens with, or, after a
    # relative word, the one it names first; never a name in a clause before the pronoun.
    ("en", "Mayor Ana Ruiz spoke first. After meeting Carlos Vega, she said “we will rebuild”.", ["Ana Ruiz"]),
    ("es", "«Puedo confirmar seis muertes», dijo el comandante Luis Vega de la Scotland Yard.", ["Luis Vega"]),
    ("en", "Meanwhile, in a Twitter post, conceding defeat, Vega wrote that Ruiz deserved her \"great triumph\".",
     ["Vega"]),
    ("en", "In a phone call, Ana Ruiz also said that she would do her \"best to rise to this challenge,\" BBC "
           "reported.", ["Ana Ruiz"]),
    ("en", "The minister said the plan was \"dead,\" the BBC reported.", ["BBC"]),
    # The imperfect of a narrating press, and an Arabic surname's joined article.
    ("es", "«Tres puentes colapsaron completamente», explicaba el portavoz del Ejército libio, Ahmed al-Mosmari.",
     ["Ahmed al-Mosmari"]),
    # A subject left out after the clause that finishes the quote: the person just named.
    ("es", "El primer ministro Luis Vega anunció su dimisión. \"No sería correcto que yo siguiera\" en el cargo, dijo "
           "delante de su residencia.", ["Luis Vega"]),
    ("en", "Ana Ruiz paid tribute to “friend” Carlos Vega and his son Luis, who she said would have been "
           "“welcomed” to the club.", ["Ana Ruiz", "Ana Ruiz"]),
], ids=["several-quotes-each-its-subject", "a-pause-keeps-the-speech", "possessive-and-dash", "title-after-a-place",
        "office-of-a-place-and-a-phrase-after-the-role", "the-name-next-to-the-verb", "a-line-ends-the-quote",
        "role-then-holder-opens-the-sentence", "la-senadora-opens-the-sentence", "a-role-with-its-nationality-then-its-holder",
        "a-lead-then-a-role-and-its-holder", "a-subject-left-out-before-the-verb",
        "a-witness-is-someone-new-and-a-full-stop-ends-the-quote", "un-testigo-is-someone-new",
        "a-lead-before-the-subject",
        "a-surname-given-in-full-before", "said-in-a-tweet-adding-that", "a-country-condemns",
        "a-country-then-its-minister", "a-description-before-the-verb", "una-descripcion-antes-del-verbo",
        "a-description-holding-a-name", "but-opens-another-clause", "pero-opens-another-clause", "five-words-of-description-before-the-name",
        "an-office-of-something-then-its-holder", "the-day-before-the-subject", "anoche-is-no-name",
        "a-rank-is-a-title", "a-place-then-an-office-then-a-name", "contraalmirante",
        "an-affiliation-after-the-name", "a-byline-names-no-speaker", "a-people-is-no-person",
        "a-long-office-after-the-addressee", "a-club-is-no-person", "a-pronoun-after-a-leading-clause", "an-affiliation-with-yard", "meanwhile-is-no-name", "an-outlet-reports-the-speakers-words",
        "an-outlet-alone-is-the-source", "explicaba-and-al-", "a-subject-left-out-past-a-comma",
        "a-pronoun-in-a-relative-clause"])
def test_speakers_of_quotes_that_share_a_sentence(language, text, expected):
    assert [c.speaker for c in claims_in_text(text, language=language) if c.kind == "quote"] == expected


def test_an_unnamed_source_is_not_the_previous_speaker():
    # The quote's own sentence gives its source, unnamed: not the attribution of a quote before it.
    text = ("Según los peritos, el almacén estaba «sin medidas de seguridad» desde 2014. Una fuente de los "
            "servicios de seguridad indicó a la AFP que la carga se guardó en el puerto, «sin ningún seguimiento».")
    quotes = [c for c in claims_in_text(text, language="es") if c.kind == "quote"]
    assert [(q.speaker, q.attribution) for q in quotes] == [
        (None, "Según los peritos"), (None, "Una fuente de los servicios de seguridad indicó")]


def test_according_to_runs_past_an_initials_full_stop():
    text = "The blast had a force of at least 500 tons of TNT, according to a U.S. government source."
    assert [c.attribution for c in claims_in_text(text, language="en")] == [
        "according to a U.S. government source"]


def test_a_straight_mark_before_a_comma_closes_a_quote():
    # A source's own unbalanced marks: '", estamos..."' is no quote that opens at the comma.
    text = ('"Sabotearon la generación en la central de Guri. ¡No lo permitiremos!", estamos trabajando para '
            'recuperar el servicio", publicó en Twitter la estatal Corporación Eléctrica Nacional.')
    assert [c.text[:12] for c in claims_in_text(text, language="es") if c.kind == "quote"] == ['"Sabotearon ']


def test_a_quote_opened_and_closed_with_marks_of_two_pairs():
    # "“...»", as an editor left it, is one quote; a guillemet quote inside a curly one stays nested.
    mixed = "“Las presas del sur colapsaron y el agua entró en la ciudad», dijo Ana Ruiz."
    nested = "Dijo: “El pueblo dijo «basta» y nos fuimos”, explicó Ana Ruiz."
    assert [c.quote for c in claims_in_text(mixed, language="es") if c.kind == "quote"] == [
        "Las presas del sur colapsaron y el agua entró en la ciudad"]
    assert [c.quote for c in claims_in_text(nested, language="es") if c.kind == "quote"] == [
        "El pueblo dijo «basta» y nos fuimos"]


def test_a_heading_on_a_line_of_its_own_without_a_blank_line_is_not_the_last_speakers():
    # RT's page itself parts its paragraphs with single line breaks.
    text = ("Tras este pronunciamiento, el comandante general de la Policía de Bolivia, Yuri Calderón, ha "
            "comunicado que los agentes se han sumado \"al pedido del pueblo boliviano\".\n\"Esto es un golpe de "
            "Estado\"\nPoco antes, Evo Morales había convocado a nuevas elecciones.\n")
    speakers = [c.speaker for c in claims_in_text(text, language="es") if c.kind == "quote"]
    assert speakers == ["Yuri Calderón", None]


def test_a_quote_set_apart_as_a_heading_is_not_the_last_speakers():
    # RT on Evo Morales's resignation: a subheading in quotes after a paragraph that quotes
    # the police chief; the words are the president's, said further on.
    text = ("Tras este pronunciamiento, el comandante general de la Policía de Bolivia, Yuri Calderón, ha "
            "comunicado que los agentes policiales se han sumado \"al pedido del pueblo boliviano\" de sugerir "
            "la renuncia.\n\n\"Esto es un golpe de Estado\"\n\n\"Esto es conspirar contra la democracia\", "
            "condenó el jefe de Estado boliviano.\n\n\"No nos vamos a rendir.\"\n")
    speakers = [c.speaker for c in claims_in_text(text, language="es") if c.kind == "quote"]
    assert speakers[:2] == ["Yuri Calderón", None]


def test_an_opening_mark_after_a_word_and_before_a_stop_closes_the_quote():
    # Diario Crítico on Jovenel Moïse's killing typed the closing mark as an opening one.
    text = ("El primer ministro Claude Joseph anunció que el asesinato fue obra de “extranjeros que hablaban "
            "inglés y español“. El jefe de policía dijo que hay “otros sospechosos” y que “la búsqueda sigue”.")
    quotes = [c.quote for c in claims_in_text(text, language="es") if c.kind == "quote"]
    assert quotes == ["extranjeros que hablaban inglés y español", "otros sospechosos", "la búsqueda sigue"]


def test_a_subheading_line_is_no_part_of_the_name_below_it():
    # TRT World on the Las Vegas shooting: "Weapons Cache" heads the paragraph "Lombardo said ...".
    text = ("Clark County Sheriff Joseph Lombardo spoke to reporters.\n\"We have no idea what his belief system "
            "was,\" Lombardo said.\nWeapons Cache\nLombardo said there were more than 10 rifles. \"He was well "
            "prepared,\" he said.\n")
    assert [c.speaker for c in claims_in_text(text) if c.kind == "quote"] == ["Joseph Lombardo"] * 2


def test_a_page_whose_paragraphs_were_joined_without_a_space_still_has_its_sentences():
    # A page whose paragraphs were joined with no space: a period after a closing quote,
    # then a capitalised word, still ends the sentence, and the next one's subject speaks.
    text = ("El primer ministro, Giuseppe Conte, habló de “una tragedia inconcebible”.Conte también felicitó a "
            "los rescatistas y dijo que “salvaron a las personas que cayeron”.")
    quotes = [c for c in claims_in_text(text, language="es") if c.kind == "quote"]
    assert quotes[-1].sentence.startswith("Conte también") and quotes[-1].speaker == "Giuseppe Conte"


def test_a_straight_quote_after_a_joined_full_stop_opens_or_closes_by_its_count():
    from reconcile.text import sentences
    text = 'Otro dijo "basta."Luego se fue. Hubo escenas de devastación."Era como una bomba", dijo Ana Ruiz.'
    assert [text[s:e] for s, e in sentences(text, 0, len(text), "es")] == [
        'Otro dijo "basta."', "Luego se fue.", "Hubo escenas de devastación.", '"Era como una bomba", dijo Ana Ruiz.']


def test_a_headlines_verb_before_a_surname_is_no_given_name():
    # A Spanish headline opens with its verb: "Renuncia Pascual tras choque con Calderón" is
    # "Pascual resigns", and "Renuncia" no given name of the ambassador quoted below it.
    text = "Renuncia Pascual tras choque con Calderón\n\n\"Fue una decisión personal\", dijo Pascual a la prensa."
    assert [c.speaker for c in claims_in_text(text, language="es") if c.kind == "quote"] == ["Pascual"]
    # A given name on a line of its own is kept.
    text = "Ana López habló con la prensa.\n\"Fue una decisión personal\", dijo López."
    assert [c.speaker for c in claims_in_text(text, language="es") if c.kind == "quote"] == ["Ana López"]
