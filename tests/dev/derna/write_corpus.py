"""Write the corpus files of tests/dev/derna (the Derna floods, Libya, September 2023) from the JSON-escaped
excerpts returned by the `search` tool (pages corpus), copied verbatim as JSON string literals and decoded here.
Three excerpts (981, 982, 983) began with the tool's ` date YYYY-MM-DD ` header, which is not page text: it is
removed here, as in tests/dev/otis and tests/dev/maria, and its date is used for `published` in the manifest,
which this script writes too (corpus/manifest.yaml, from MANIFEST below)."""
import sys
from pathlib import Path

sys.path.insert(0, str(next(p for p in Path(__file__).resolve().parents if p.name == "tests")))
import goldkit  # noqa: E402  (tests/goldkit.py: what every set's scripts share)

OUT = Path(__file__).resolve().parent / "corpus"

RAW = {}

RAW["981_pledgetimes"] = r'''" date 2023-09-12 The ministry’s media official, Muhammad Abu Moshe, said in a statement to the Libyan News Agency that the number of deaths in Derna as a result of the devastating Mediterranean storm exceeded 5,300 people, and there are thousands missing as a result of the disaster.\n\nAbu Mosha confirmed that local rescue teams are continuing to search for missing persons and rescue those stranded and affected, calling for international intervention to assist in rescue efforts and protect those affected by the unprecedented floods.\n\nThe stunning death and destruction caused by Storm Daniel underscores its severity, as well as the vulnerability of a country that has been torn by chaos for more than a decade.\n\nForeign aid just began arriving in Derna on Tuesday, more than 36 hours after the disaster struck.\n\nThe floods damaged or destroyed many roads leading to the coastal city, which has a population of about 89,000 people.\n\nVideo footage showed dozens of bodies covered and dumped in the courtyard of a hospital in Derna. Another photo showed a mass grave stacked with bodies."'''

RAW["982_islamtimes"] = r'''" date 2023-09-13 Islam Times - The Libyan city of Derna's devastating flooding death toll has exceeded 5,300 people, Libya's Ministry of Interior said on Tuesday.\n\n“At the moment, the death toll in the city of Derna as a result of storm Daniel is more than 5,300,” a spokesperson of Libya's Ministry of Interior said, reaffirming that the rescue operations remained ongoing.Earlier, AFP reported, citing a Red Cross source, that the death toll from the devastating floods in eastern Libya is expected to soar dramatically, with thousands of people reported missing.\"The death toll is huge and might reach the thousands,\" said Tamer Ramadan of the International Federation of Red Cross and Red Crescent Societies."'''

RAW["983_thenews"] = r'''" date 2023-09-16 The death toll from the devastating Storm Daniel-caused flooding in Libya's coastal city of Derna has risen to 11,300 as authorities continue search efforts for thousands missing.\n\n\n\nAfter Libya floods, another 10,100 individuals are listed as missing in the Mediterranean city, according to Marie el-Drese, the secretary-general of the International Federation of Red Cross and Red Crescent Societies (IFRC).\n\nThe previous death toll from Libya floods as estimated by health authorities of Derna was 5,500. About 170 additional individuals were killed by the storm elsewhere in the nation.\n\nThe figure could reach 20,000, according to Derna's mayor, Abdel-Moneim al-Ghaithi, given how many neighbourhoods were affected.\n\nOn Sunday night, flooding in Derna carried away entire families, exposing weaknesses in the oil-rich nation, which has been embroiled in strife ever since a 2011 uprising that deposed long-reigning autocrat Muammar Gaddafi.\n\n“Within seconds the water level suddenly rose,” recounted one injured survivor who said he was swept away with his mother in the late-night ordeal before they both managed to scramble into an empty building downstream, Al Jazeera reported."'''

RAW["984_businessstandard"] = r'''"The United Nations has amended the previous death toll from Libya floods, stating that at least 3,958 people have died instead of 11,300 as was earlier reported by the United Nations Office for the Coordination of Humanitarian Affairs (OCHA), CNN reported.\nAccording to the revised report updated on Sunday morning from the OCHA, the UN has now pegged the toll at 3,958, citing the World Health Organization (WHO).\nAs per the updated report, over 9000 people are still missing, according to CNN.\nHowever, the OCHA, in its previous report, said at least 11,300 people died in Derna due to devastating flooding, citing the Libyan Red Crescent figures for Saturday's report, according to CNN.\nFarhan Haq, deputy spokesman for the UN Secretary-General, told CNN on Sunday, \"We're going with figures just verified by WHO.\"\nHowever, earlier, the Libyan Red Crescent Society told CNN that it never released the high death figure tolls to the UN from the flooding in Derna.\nAlso Read\nOn why the UN cited the death toll incorrectly, Haq said, \"In a lot of different tragedies we end up revising our numbers. So that's just what's happening here.\"\nHe added, \"Standard procedure is we work with different parties trying to make sure our numbers are cross-checked. Whenever we do these revisions it's because our numbers are being cross-checked.\"\nThe deputy spokesperson said the death toll figures are fluid and \"can go upward or downward.\"\nMoreover, on Derna's seafront, where the aftermath of the disaster is evident, rescue teams were working tirelessly to clear the way for further relief efforts. A helicopter scanned the sea for bodies, and diggers strove to remove obstacles obstructing rescue operations.\nIn Derna, which has an estimated population of at least 120,000, entire districts were swept away or buried in brown mud after two dams south of the city broke, releasing torrents of floodwater down a usually dry riverbed.\nThe UN's humanitarian affairs office said it had initiated an appeal for US"'''

RAW["985_posthuff"] = r'''"The United Nations said the death toll from Storm Daniel in Libyan stood at nearly 4,000, which is a drastic drop from 11,300 it had previously reported. File Photo by Mohamed Shalash/EPA-EFE\nThe United Nation’s humanitarian affairs office has drastically revised down the death toll from Storm Daniel in Libya by several thousand while stating they expect the figure to rise again amid search-and-rescue work.\nThe U.N. Office for the Coordination of Humanitarian Affairs said in a 5 p.m. local time Saturday update that the unprecedented flooding caused by Storm Daniel that hit the North African nation earlier earlier this month has killed 3,958 people. Advertisement\nThe adjustment came after the OCHA on Friday had said, citing the Libyan Red Crescent, that at least 11,300 people had died in Derma, from the flooding.\nIn its Saturday update, it cited the World Health Organization, which added that more than 9,000 were still missing.\nUPI has contacted the Libyan Red Crescent for comment.\nFarhan Haq, deputy spokesman for U.N. Secretary General Antonio Guterres, told CNN, that the figures had been recently verified by the WHO.\n“In a lot of different tragedies, we end up revising our numbers. So, that’s what’s happening here,” Haq said.\n“Standard procedure is we work with different parties trying to make sure our numbers are cross checked. Whenever we do these revisions, it’s because our numbers are being cross checked.” Advertisement\nThe storm hit Libya on Sept. 10, causing devastating landslides. Two dams collapsed in the port city of Derna, which was among the worst cities affected by the natural disaster.\nThe U.N. report on Saturday said reports of two more dams overwhelmed by rapidly rising water in the northeast have raised concerns that they too may fail and trigger even more destruction.\n“The humanitarian situation remains particularly grim in Derna, where urgent multi-sectoral assistance is required to save lives and ease suffering,” the update sa"'''

RAW["986_usanews"] = r'''"Cyclone Daniel, a phenomenon of climate change, is not the only one to blame for the deadly floods in Libya. Years of neglect also explain the rupture of the two dams that caused a tsunami of 33 million cubic meters capable of sweeping away entire buildings. The poor state of the infrastructure, the lack of security measures, as well as the absence of maintenance, had been warned by residents, local authorities and scientists.\n\nDerna, a city of 100,000 inhabitants located 250 kilometers east of Benghazi, is on the banks of the Wadi Derna valley, which crosses the homonymous river from the mountains to the Mediterranean Sea. This extension of 575 square kilometers has suffered several floods, including the one of 1959, which was particularly catastrophic, so in 1970 a Yugoslav company built the two dams that were supposed to protect the city. And they proved it during the downpours of 1986, in which they prevented major damage.\n\nThe dam closest to the city is called Al-Bilad, which is one kilometer to the south and had a storage capacity of 1.5 million cubic meters of water. Thirteen kilometers further south, towards the mountains, is the Abu Mansour Dam, which could store up to 22.5 million cubic meters. Both infrastructures were built with a compacted clay core with a stone shell that is less resistant than concrete.\n\nThe last 50 years without floods brought peace of mind and confidence to the inhabitants and administrators of the valley, who began to build on the banks of the river that were previously closed off as highly floodable land. But the negligence is not explained so much by this behavior, but because the warnings that urgently called for revisions and repairs had been heard for years.\n\n“The dams have not been subject to maintenance since 2002” due to the political crisis in the African country, lamented the vice mayor of Derna, Ahmed Madrud. And the dams “are not particularly large”, he added. The first dam that failed, the furthest away, was on"'''

RAW["987_alertageo"] = r'''"Después de una catastrófica inundación que mató a miles de personas y arrastró a muchas al mar, los habitantes de la devastada ciudad libia de Derna buscaban desesperadamente a sus familiares desaparecidos mientras los rescatistas pedían más bolsas para cadáveres.\nEl domingo por la noche, una fuerte tormenta desató un torrente de agua que arrasó el lecho de un río normalmente seco, rompiendo represas sobre la ciudad y arrasando extensas áreas de la ciudad mediterránea. Los edificios de varios pisos, en los que dormían familias, se derrumbaron.\nEl miércoles, el teniente Tarek al-Kharraz, quien es el portavoz del Ministerio del Interior, informó a la agencia de noticias AFP que hasta el momento se han registrado 3.840 muertes en la ciudad mediterránea, de las cuales 3.190 ya han sido enterradas.\nDentro de ellos se encontraban al menos 400 personas de otros países, la mayoría de ellas de Sudán y Egipto.\nMientras tanto, el ministro de aviación civil de la administración que gobierna el este de Libia, Hichem Abu Chkiouat, informó a la agencia de noticias Reuters que hasta el momento se han registrado más de 5 mil 300 fallecidos y que es probable que esta cifra aumente significativamente e incluso pueda duplicarse.\nSegún Abdulmenam al-Ghaithi, el alcalde de Derna, el número de muertes en la ciudad podría alcanzar entre 18 000 y 20 000, dependiendo del número de distritos destruidos por la inundación."'''

RAW["988_alfayomega"] = r'''"Los muertos en Libia podrían ascender a 20.000, según el alcalde de Derna\nLa ciudad costera ha estado especialmente afectada por la tormenta, que ha destruido un 25 % de la localidad. «Aquí el mar devuelve cadáveres constantemente», ha asegurado el ministro de Aviación Civil\nLa cifra de muertos en la ciudad libia de Derna a causa de las devastadoras inundaciones registradas el pasado lunes por la tormenta Daniel podría aumentar hasta los 20.000, tal y como ha alertado el alcalde de la localidad, Abdulmenam al Gaizi, en medio de los trabajos de búsqueda de miles de personas desaparecidas. Según Hichem Abu Chkiouat, ministro de Aviación Civil de la zona este, «el mar arroja cadáveres constantemente».\nEn declaraciones recogidas por Europa Press, Al Gaizi ha explicado que estos cálculos derivan de los enormes daños registrados en varios barrios de Derna, que ha sufrido la destrucción del 25 % de la ciudad. La interrupción de las comunicaciones está dificultando las tareas de búsqueda y rescate, ha añadido. Asimismo, ha manifestado a la cadena de televisión Al Arabiya que la presa de la ciudad, que reventó poco después de que otra situada río arriba se derrumbara por la presión del agua, llevaba sin mantenimiento desde 2008 a causa de la crisis política en el país africano, que se remonta a la captura y ejecución de Gadafi en 2011.\nDesde Trípoli, la capital, el vicario apostólico de la ciudad, George Bugeja, ha declarado a la agencia italiana SIR que «en la ciudad la situación es tranquila y no hay problemas»; todo el foco está situado en la ciudad costera de Derna y alrededores; donde, asegura, «también se han encontrado cadáveres de inmigrantes». Según datos de la ONU, Libia acoge a más de 600.000 migrantes de 40 nacionalidades, entre ellos 40.000 solicitantes de asilo registrados. Desde 2015 ha repatriado a más de 60.000 migrantes, mientras que un número indeterminado de personas permanece en centros de detención para migran"'''

RAW["989_eltiempo"] = r'''"Las lluvias torrenciales ocasionadas por el ciclón Daniel, el domingo pasado, en el noreste de Libia, ha provocado un desastre total debido a las inundaciones, dejando al menos 7 mil muertos y más de 10 mil desaparecidos, hasta el momento.\nEl mar ha ido arrojando cientos de cadáveres de personas que fueron arrastradas por las fuertes corrientes de agua.\nLa ciudad de Derna fue la más afectada por dicho fenómeno natural, es la cuarta ciudad más grande de Libia con 120 mil habitantes, está rodeada por una cadena montañosa, según EFE quedó inaccesible por vía terrestre, las aguas hicieron colapsar dos presas, vertiendo 33 millones de litros de agua que arrasaron zonas residenciales enteras, puentes y carreteras.\nLas autoridades asisten de manera más urgente a los damnificados, mientras los organismos de emergencias continúan las labores rescate."'''

RAW["990_libertaddigital"] = r'''"El número de muertos tras las devastadoras inundaciones en Libia se ha elevado a cerca de 11.300 sólo en la ciudad de Derna, la más afectada, ha informado la Oficina de Coordinación de Asuntos Humanitarios de la ONU (OCHA). La OCHA ha dicho que otras 10.100 personas seguían desaparecidas en Derna, mientras que se estimaba que 170 personas más habían muerto en otras partes del este de Libia.\nEl ciclón Daniel en Libia ha dejado miles de muertos, siendo una de las zonas más afectadas Derna, una ciudad al noreste del país. Barrios enteros fueron arrastrados hacia el mar por el colapso de dos represas. El Mediterráneo está ahora devolviendo decenas de cadáveres a la orilla y muchos de ellos están siendo enterrados en fosas comunes, ante el temor de que se desate una crisis sanitaria.\nLa localidad costera de Derna, la cuarta más grande con 120.000 habitantes, era hasta ayer inaccesible por vía terrestre tras las lluvias torrenciales que hicieron colapsar dos presas, situadas a pocos kilómetros de las áreas habitadas. Se vertieron 33 millones de litros de agua en el centro de esta localidad, que arrastraron hasta el mar barrios enteros y los cuatro puentes que atraviesan el río Derna."'''

RAW["991_elvallenoticias"] = r'''"El número de muertos por las inundaciones en la ciudad libia de Derna superaba hasta la noche del jueves los 11,300, una cifra alarmante que ya representa casi más del 10% de su población, de cerca de 100,000 habitantes.\nSegún estimaciones de la Cruz y la Media Luna Rojas, el total podría incluso duplicarse, pues se estima que hay cerca de 10,100 desaparecidos.\nEl alcalde de Derna, Abdel-Moneim al-Ghaithi, dijo a un medio árabe que el recuento de muertos podría aumentar a 20,000, basado en el número de barrios arrasados por la inundación.\nDos presas y cinco puentes colapsaron en la ciudad, sumergiendo gran parte del área bajo agua y arrastraron vecindarios enteros hasta el sur del mar Mediterráneo cuando la tormenta Daniel azotó las costas del norte de Libia en la noche del sábado y la madrugada del domingo.\nCinco días más tarde, los equipos que ayudan en las labores de rescate en la devastada ciudad enfrentan una escasez de bolsas para cadáveres a medida en que el mar devuelve a tierra firme más y más cuerpos de víctimas mortales de la tragedia.\nHichem Abu Chkiouat, ministro de Aviación Civil de uno de los gobiernos que rige el este de Libia dijo que “el mar devuelve constantemente decenas de cadáveres”.\nEl oficial anticipó que el costo de la reconstrucción superará los miles de millones de dólares, una tarea que se ve lejana en una ciudad históricamente abandonada mientras sus habitantes enfrentan una escasez de alimentos y agua potable que hacen aún más difícil su situación actual."'''

RAW["992_somosaltiplano"] = r'''"LA ONU AJUSTA EL ELEVADO NÚMERO DE MUERTOS EN LIBIA TRAS LAS INUNDACIONES Y AHORA ES MUCHO MENOR QUE LA CIFRA REPORTADA UN DÍA ANTES\nLa ONU modificó su cifra anterior de muertos por las inundaciones en Libia, según un informe revisado y actualizado el domingo por la mañana de la Oficina de las Naciones Unidas para la Coordinación de Asuntos Humanitarios (OCHA).\nLa ONU afirma ahora que al menos 3.958 personas han muerto en Libia debido a las inundaciones, citando a la Organización Mundial de la Salud (OMS) de la ONU. El informe revisado también afirma que más de 9.000 personas siguen desaparecidas.\nEn el informe inicial del sábado, la OCHA indicó que al menos 11.300 personas han muerto en Derna, Libia, debido a devastadoras inundaciones. La OCHA citó a la Media Luna Roja Libia con las cifras del informe del sábado.\n«Usaremos las cifras recién verificadas por la OMS», dijo a CNN el domingo Farhan Haq, portavoz adjunto del secretario general de la ONU.\nLas inundaciones en Libia son las más mortíferas en África en más de un siglo\nTambién se encuentran entre las 20 inundaciones más mortíferas en todo el mundo desde 1900. La anterior inundación importante en Libia fue en 2019, cuando cuatro personas perdieron la vida y miles resultaron afectadas, pero su magnitud en 2023 no tiene precedentes.\nLas 10 inundaciones más mortíferas en África desde 1900\n\nCuando se le preguntó cómo o por qué la ONU citó incorrectamente el número de muertos, Haq dijo: “en muchas tragedias diferentes terminamos revisando nuestras cifras. Así que eso es precisamente lo que está pasando aquí”.\n“El procedimiento estándar es que trabajamos con diferentes partes tratando de asegurarnos de que nuestros números sean verificados. Siempre que hacemos estas revisiones es porque nuestros números están siendo verificados”, explicó Haq.\nEl portavoz adjunto dijo que las cifras del número de muertos son variables, “pueden subir o bajar”.\n"'''


MANIFEST = '''# Real published pages about the Derna floods in Libya (Storm Daniel; the collapse of the two dams above Derna on
# the night of 10-11 September 2023) and the following days' tolls, missing counts and estimates; text = the
# excerpt stored by the `search` tool (pages corpus), verbatim. `published` comes from the URL path or the tool's
# ` date ` header (removed from the text); a comment says what the text implies otherwise.
documents:
  981_pledgetimes.txt:
    id: pledgetimes-toll-exceeds-5300
    publisher: Pledge Times
    title: "Nightmare in Derna... the toll exceeds 5 thousand dead as a result of the floods"
    published: "2023-09-12"
    url: https://pledgetimes.com/nightmare-in-derna-the-toll-exceeds-5-thousand-dead-as-a-result-of-the-floods/
    language: en
    # date from the tool's date header; title reconstructed from the URL slug (the excerpt has no headline)
  982_islamtimes.txt:
    id: islamtimes-toll-exceeds-5300
    publisher: Islam Times
    title: "Death toll in Libya's Derna exceeds 5,300 people"
    published: "2023-09-13"
    url: https://www.islamtimes.org/en/news/1081374/death-toll-in-libya-s-derna-exceeds-5-300-people
    language: en
    # date from the tool's date header; title from the URL; reports the interior ministry's figure of Tuesday 12 September
  983_thenews.txt:
    id: thenews-derna-11300
    publisher: The News International (Pakistan)
    title: "Video: What's left of Libya's Derna after catastrophic flooding that killed 11,300"
    published: "2023-09-16"
    url: https://www.thenews.com.pk/latest/1110536-video-whats-left-of-libyas-derna-after-catastrophic-flooding-that-killed-11300
    language: en
    # date from the tool's date header; title from the URL; the wording follows Al Jazeera's story of 14 September (it says "Al Jazeera reported")
  984_businessstandard.txt:
    id: businessstandard-un-revises-to-3958
    publisher: Business Standard (CNN via ANI)
    title: "UN revises death toll from Libya floods to 3,958, over 9,000 injured"
    published: "2023-09-18"
    url: https://business-standard.com/amp/world-news/un-revises-death-toll-from-libya-floods-to-3-958-over-9-000-injured-123091800043_1.html
    language: en
    # title from the URL (which says "injured" where the text says missing); date from the URL's article number 1230918...
  985_posthuff.txt:
    id: posthuff-upi-un-revises-down
    publisher: Post-Huff (copy of a UPI story)
    title: "U.N. revises down Libyan death toll though expects figure to again rise"
    url: https://post-huff.com/u-n-revises-down-libyan-death-toll-though-expects-figure-to-again-rise.html
    language: en
    # no date; UPI's story ("UPI has contacted the Libyan Red Crescent") of OCHA's revision -> about 17-18 September 2023; title from the URL
  986_usanews.txt:
    id: usanews-years-of-neglect-dams
    publisher: USA News (usanews.net)
    url: https://usanews.net/?p=126315
    language: en
    # no title and no date in the excerpt; a feature on the two dams, after the disaster -> September 2023; reads as a translation (the vice mayor "Ahmed Madrud")
  987_alertageo.txt:
    id: alertageo-alcalde-20000
    publisher: Alerta Geo
    title: "Alcalde de Derna, en Libia: el número de muertes por las inundaciones podría alcanzar los 20.000"
    published: "2023-09-14"
    url: https://www.alertageo.org/2023/09/14/alcalde-de-derna-en-libia-el-numero-de-muertes-por-las-inundaciones-podria-alcanzar-los-20-000/
    language: es
    # date and title from the URL; cites AFP (3.840 on Wednesday 13 September) and Reuters (Abu Chkiouat's 5.300)
  988_alfayomega.txt:
    id: alfayomega-europapress-20000
    publisher: Alfa y Omega (Europa Press)
    title: "Los muertos en Libia podrían ascender a 20.000, según el alcalde de Derna"
    url: https://alfayomega.es/los-muertos-en-libia-podrian-ascender-a-20-000-segun-el-alcalde-de-derna
    language: es
    # no date; "inundaciones registradas el pasado lunes" and the mayor's estimate of 13-14 September -> about 14 September 2023
  989_eltiempo.txt:
    id: eltiempo-efe-7-mil-muertos
    publisher: El Tiempo (República Dominicana; EFE)
    title: "Libia destruida por inundaciones causadas por Daniel"
    url: https://eltiempo.com.do/internacionales/libia-destruida-por-inundaciones-causadas-por-daniel
    language: es
    # no date; "el domingo pasado" (10 September), "al menos 7 mil muertos" -> about 13-15 September 2023; title from the URL; cites EFE
  990_libertaddigital.txt:
    id: libertaddigital-11300
    publisher: Libertad Digital
    title: "Más de 11.300 los muertos por las inundaciones en la localidad libia de Derna"
    published: "2023-09-18"
    url: https://www.libertaddigital.com/internacional/mundo/2023-09-18/mas-de-11300-los-muertos-por-las-inundaciones-en-la-localidad-libia-de-derna-7049861/
    language: es
    # date and title from the URL (the headline says "Más de 11.300", the text "cerca de 11.300"); the EFE wording of 989 (120.000 habitantes, 33 millones de litros)
  991_elvallenoticias.txt:
    id: elvallenoticias-mar-devuelve-cadaveres
    publisher: El Valle Noticias
    title: "El mar devuelve decenas de cadáveres: la dantesca catástrofe de Derna, la ciudad de Libia donde han muerto más de 11.000 personas por las inundaciones"
    url: https://elvallenoticias.com/el-mar-devuelve-decenas-de-cadaveres-la-dantesca-catastrofe-de-derna-la-ciudad-de-libia-donde-han-muerto-mas-de-11000-personas-por-las-inundaciones
    language: es
    # no date; "hasta la noche del jueves" (14 September), "Cinco días más tarde" -> about 15 September 2023; title reconstructed from the URL slug
  992_somosaltiplano.txt:
    id: somosaltiplano-cnn-onu-ajusta-3958
    publisher: Somos Altiplano (CNN story in Spanish)
    title: "La ONU ajusta el elevado número de muertos en Libia tras las inundaciones y ahora es mucho menor que la cifra reportada un día antes"
    url: https://somosaltiplano.com/la-onu-ajusta-el-elevado-numero-de-muertos-en-libia-tras-las-inundaciones-y-ahora-es-mucho-menor-que-la-cifra-reportada-un-dia-antes/
    language: es
    # no date; reports OCHA's revision of Sunday 17 September 2023 (the CNN story of 984 and 985, in Spanish) -> about 17-18 September 2023
'''


def main():
    goldkit.write_excerpts(RAW, OUT)
    (OUT / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    print("manifest.yaml", len(MANIFEST.splitlines()), "lines")


if __name__ == "__main__":
    main()
