# -*- coding: utf-8 -*-
# Source registry: key -> (url, title, author, howpublished, date, kind, language, note)
S = {}
def s(key, url, title, author, how, date, kind, lang, note=""):
    assert key not in S, key
    S[key] = dict(url=url, title=title, author=author, how=how, date=date, kind=kind, lang=lang, note=note)

SLUG = "Headline not visible in the stored excerpt; title reconstructed from the URL slug."

# ---- 1930s ----
s("meganoticias2025ruptura", "https://www.meganoticias.mx/guasave/noticia/1932-la-primera-ruptura-diplomatica-entre-mexico-y-peru/678671",
  "1932: la primera ruptura diplomática entre México y Perú", "{{Meganoticias}}", "Meganoticias (Guasave)", "2025", "press", "es",
  "Publication date not shown; written after Peru's November 2025 rupture (text says 'el pasado lunes 4 de noviembre' [sic]).")
s("wikipedia2022ambmexper", "https://jurnalpublikasi.com/en/List_of_ambassadors_of_Mexico_to_Peru",
  "List of ambassadors of Mexico to Peru", "{{Wikipedia contributors}}", "Wikipedia (via jurnalpublikasi.com mirror)", "2022", "encyclopedic", "en",
  "Undated mirror; year is that of the latest event mentioned (Dec 2022).")
s("reforma20211215estrada", "https://reforma.com/noventa-anos-ha-2021-12-15/op217729",
  "Noventa años ha", "{{Reforma}}", "Reforma", "2021-12-15", "press", "es", "Opinion column. " + SLUG)
s("leyderechondestrada", "https://mexico.leyderecho.org/tag/relaciones-internacionales/",
  "Doctrina Estrada", "{{Lawi (leyderecho.org)}}", "leyderecho.org", "", "encyclopedic", "es",
  "Publication date not determinable from the page.")
s("saperendestrada", "https://sapere.it/enciclopedia/Estrada+Jenaro.html",
  "Estrada Jenaro", "{{Sapere.it (De Agostini)}}", "Sapere.it encyclopedia", "", "encyclopedic", "it",
  "Publication date not determinable from the page.")
s("sepndestrada", "https://murales.sep.gob.mx/swb/demo/Genaro_Estrada_Felix",
  "Genaro Estrada Félix", "{{Secretaría de Educación Pública}}", "SEP (gob.mx) murales site", "", "official", "es",
  "Publication date not determinable from the page.")
s("sinaloamxndestrada", "http://sinaloamx.com/genaro-estrada-personajes-de-sinaloa/",
  "Genaro Estrada (1887-1937)", "Sinagawa Montoya, Herberto", "sinaloamx.com", "", "secondary", "es",
  "Publication date not determinable from the page.")
s("embajadaperumxndhistoria", "http://embajadadelperu.mx/embajadaperu.html",
  "Embajada del Perú", "{{Embajada del Perú en México}}", "Embajada del Perú en México", "", "official", "es",
  "Publication date not determinable from the page.")

# ---- Haya de la Torre / ICJ ----
s("elreporteroandino20251113asilo", "https://elreporteroandino.com/index.php/2025/11/13/mundo-escolar-como-fue-el-asilo-de-victor-el-reportero-andino",
  "Mundo Escolar |Cómo fue el asilo de Víctor – El reportero andino", "{{El Reportero Andino}}", "El Reportero Andino", "2025-11-13", "press", "es", "Date from URL.")
s("peruanosactualidad20121007haya", "https://peruanosactualidad-camav.blogspot.com/2012/10/asilo-de-haya-de-la-torre.html",
  "Asilo de Haya de la Torre", "Caicedo, Armando", "Peruanos Actualidad (blog)", "2012-10-07", "secondary", "es", "Blog repost.")
s("apraglobal2014asilo", "http://apra-global.blogspot.com/2014/04/victor-raul-el-triunfo-del-senor-asilo.html",
  "Víctor Raúl: el triunfo del señor asilo", "{{APRA Global (blog)}}", "apra-global.blogspot.com", "2014-04", "secondary", "es",
  "Party-affiliated blog. " + SLUG + " Month from URL.")
s("clioperu2013haya", "http://clioperu.blogspot.com/2013/02/historia-de-la-persecucion-politica-de.html",
  "Haya de la Torre, asilado silencioso", "Alva Castro, Luis", "Clío Perú (blog)", "2013-02", "secondary", "es", "Month from URL.")
s("icj19491015application", "https://icj-cij.org/index.php/node/104014",
  "Application instituting proceedings", "{{International Court of Justice}}", "ICJ (Asylum, Colombia/Peru)", "1949-10-15", "court", "en",
  "Document number 007-19491015-APP-1-00-EN.")
s("worldcourts19510103order", "http://www.worldcourts.com/icj/eng/decisions/1951.01.03_Haya.htm",
  "Haya De La Torre, Colombia v. Peru, Order, 1951 I.C.J. 4 (Jan. 3)", "{{International Court of Justice}}", "ICJ (via WorldCourts)", "1951-01-03", "court", "en")
s("icj19510613judgment", "https://www.dipublico.org/1921/asylum-case-colombia-v-peru-haya-de-la-torre-case-judgment/",
  "Asylum case (Colombia v. Peru) (Haya de la Torre case) (Implementation of Judgment)", "{{International Court of Justice}}", "ICJ Reports (via dipublico.org)", "1951-06-13", "court", "en",
  "Date is the judgment date.")

# ---- asylum record ----
s("agnndsinaia", "http://www.gob.mx/agn/articulos/agnrecuerda-el-arribo-del-sinaia?idiom=es",
  "#AGNRecuerda el arribo del Sinaia", "{{Archivo General de la Nación}}", "gob.mx / AGN", "", "official", "es",
  "Publication date not shown. " + SLUG)
s("efendsinaia", "https://www.espanaexterior.com/noticias/recuerdan-a-los-1-620-exiliados-espaoles-que-llegaron-a-mxico-en-el-vapor-sinaia/",
  "Recuerdan a los 1.620 exiliados españoles que llegaron a México en el vapor ‘Sinaia’", "{{EFE}}", "EFE (via España Exterior)", "", "wire", "es",
  "Publication date not determinable.")
s("cronicadelpoder20210614sinaia", "https://cronicadelpoder.com/2021/06/14/primer-barco-del-exilio-espanol-que-llego-a-veracruz",
  "Primer barco del exilio español que llegó a Veracruz", "{{Crónica del Poder}}", "Crónica del Poder", "2021-06-14", "press", "es", SLUG)
s("eluniversal20150812chilenos", "http://eluniversal.com.mx/articulo/nacion/politica/2015/08/12/la-diplomacia-que-salvo-chilenos",
  "La diplomacia que salvó chilenos", "{{El Universal}}", "El Universal (México)", "2015-08-12", "press", "es", SLUG)
s("museodelamemoria20171017martinez", "https://web.museodelamemoria.cl/Informate/gonzalo-martinez-el-diplomatico-que-abrio-las-puertas-a-los-exiliados-chilenos-en-mexico/",
  "Gonzalo Martínez, el diplomático que abrió las puertas a los exiliados chilenos en México", "{{Museo de la Memoria y los Derechos Humanos}}", "Museo de la Memoria (Chile)", "2017-10-17", "secondary", "es", SLUG)
s("unorevista2017corbala", "https://viewer.joomag.com/uno-revista-formativa-numero-1-2017-numero1/0003243001487305208/p15",
  "uno revista formativa numero 1 2017 Numero1 | Page 15", "{{ICADEP SLP}}", "Uno, Revista Formativa (Joomag)", "2017", "secondary", "es")
s("jornada20191112evo", "https://www.jornada.com.mx/2019/11/12/politica/009n1pol?partner=rss",
  "[La Jornada report on Mexico's asylum for Evo Morales, 12 Nov 2019]", "Olivares Alonso, Emir and Murillo, Eduardo", "La Jornada", "2019-11-12", "press", "es",
  "Headline not visible in stored excerpt; bracketed title is descriptive.")
s("laprensahn2019evo", "https://www.laprensa.hn/inicio/1334044-417/evo-morales-llega-mexico-asilo-golpe-estado-bolivia",
  "Evo Morales llega a México asilo golpe estado Bolivia", "{{La Prensa (Honduras)}}", "La Prensa (Honduras)", "2019-11", "press", "es", SLUG + " Text refers to 'este martes' (12 Nov 2019).")
s("aporrea20191111evo", "https://www.aporrea.org/internacionales/n348839.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+aporrea%2Fnoticias+%28Aporrea.org+-+noticias%29",
  "[Aporrea note on Evo Morales' flight, 11 Nov 2019]", "{{Aporrea}}", "Aporrea", "2019-11-11", "press", "es",
  "Partisan outlet; relays unconfirmed versions. Headline not visible; bracketed title is descriptive.")
s("sintesis20191230bolivia", "https://sintesis.com.mx/2019/12/30/expulsa-bolivia-embajadora-mexico/",
  "Expulsa Bolivia a embajadora de México", "{{Síntesis}}", "Síntesis (México)", "2019-12-30", "press", "es", SLUG)
s("misionpolitica20191231mercado", "https://misionpolitica.com/2019/12/31/maria-teresa-mercado-embajadora-de-mexico-en-bolivia-llega-a-la-ciudad-de-mexico",
  "María Teresa Mercado, embajadora de México en Bolivia, llega a la Ciudad de México", "{{Misión Política}}", "Misión Política", "2019-12-31", "press", "es", SLUG)

# ---- trade / Pacific Alliance / Lima Group ----
s("economia2011memorandumaic", "https://vdocumento.com/memorandum-de-antecedentes-acuerdo-de-quedaran-libres-de-arancel-de-forma-inmediata.html",
  "Memorandum de antecedentes. Acuerdo de Integración Comercial entre los Estados Unidos Mexicanos y la República del Perú", "{{Poder Ejecutivo Federal (México)}}", "Mexican Executive report to the Senate (via vdocumento.com)", "2011", "official", "es",
  "Year inferred from content (agreement signed April 2011); mirror upload date 2018.")
s("reuters2011acuerdo", "https://actualidaddelperu.blogspot.com/search/label/TLC%20Peru%20mexico",
  "[Reuters report on the signing of the Mexico–Peru trade agreement]", "Stauffer, Caroline", "Reuters (via actualidaddelperu.blogspot.com)", "2011", "wire", "es",
  "Year inferred from content; headline not visible.")
s("xinhua2013intercambio", "https://www.prensa.com/economia/Mejora-intercambio-Peru-Mexico-Alianza-Pacifico_0_3709129082.html",
  "Mejora intercambio Perú-México por Alianza del Pacífico", "{{Xinhua}}", "Xinhua (via La Prensa, Panamá)", "2013", "wire", "es",
  "Year inferred (text says the Pacific Alliance was created 'el año anterior'). " + SLUG)
s("manufactura20131127peru", "https://manufactura.mx/industria/2013/11/27/comercio-con-peru-crecio-20-en-primer-semestre",
  "Comercio con Perú creció 20% en primer semestre", "{{Manufactura}}", "Manufactura (Expansión)", "2013-11-27", "press", "es")
s("elsiglodetorreon2012vigor", "https://archivos.elsiglodetorreon.com.mx/noticia/2012/entra-en-vigor-nuevo-tratado.html",
  "Entra en vigor nuevo tratado", "{{El Siglo de Torreón}}", "El Siglo de Torreón", "2012", "press", "es", "Year from URL. " + SLUG)
s("alianzapacifico2012acuerdomarco", "https://studylib.es/doc/4853697/acuerdo-marco-de-la-alianza-del-pacifico",
  "Acuerdo Marco de la Alianza del Pacífico", "{{Chile, Colombia, México y Perú}}", "Treaty text (via studylib.es)", "2012", "treaty", "es",
  "Treaty text; signature date not legible in the stored excerpt.")
s("wradio20120606alianza", "https://www.wradio.com.co/noticias/economia/chile-peru-colombia-y-mexico-se-integran-para-apuntar-al-asia-pacifico/20120606/nota/1701418.aspx",
  "Chile, Perú, Colombia y México se integran para apuntar al Asia Pacífico", "{{W Radio}}", "W Radio (Colombia)", "2012-06-06", "press", "es",
  "Date from URL (tool metadata showed 2022-11, a crawl date). " + SLUG)
s("cooperativa20120529alianza", "https://cooperativa.cl/noticias/site/artic/20120529/pags-amp/20120529191250.html",
  "Chile, Perú, Colombia y México firmarán la próxima semana acuerdo marco para Alianza del Pacífico", "{{Cooperativa}}", "Cooperativa.cl", "2012-05-29", "press", "es")
s("elespectador2024pinera", "https://elespectador.com/mundo/cuando-sebastian-pinera-sello-la-alianza-del-pacifico-con-colombia/?outputType=amp",
  "Cuando Sebastián Piñera selló la Alianza del Pacífico con Colombia", "Piñera, Sebastián", "El Espectador", "2024", "press", "es",
  "Reproduces Piñera's speech dated 'Paranal, 6 de junio de 2012'; year of publication inferred (text calls Piñera deceased).")
s("diariocorreo2015paracas", "http://diariocorreo.pe/politica/ollanta-humala-espera-que-alianza-del-pacifico-sea-marca-de-calidad-599552",
  "Ollanta Humala espera que Alianza del Pacífico sea marca de calidad", "{{Correo}}", "Diario Correo", "2015", "press", "es",
  "Year inferred (X Summit, Paracas). " + SLUG)
s("serperuano2012visa", "https://serperuano.com/2012/11/peruanos-ya-no-necesitaran-visa-para-ingresar-a-mexico",
  "Peruanos ya no necesitarán visa para ingresar a México", "{{Ser Peruano}}", "serperuano.com", "2012-11", "press", "es", "Month from URL. " + SLUG)
s("noticiabrasil20170808lima", "https://noticiabrasil.net.br/20170808/resultado-encontro-chanceleres-peru-9058970.html",
  "[Sputnik Brasil report on the Lima foreign ministers' meeting]", "{{Sputnik Brasil}}", "Sputnik Brasil (noticiabrasil.net.br)", "2017-08-08", "press", "pt",
  "Headline not visible; bracketed title is descriptive.")
s("elcomercio2017declaracion", "https://elcomercio.pe/politica/gobiernos-17-paises-condenaron-dictadura-chavista-noticia-448660-noticia/",
  "Gobiernos de 17 países condenaron dictadura chavista", "La Rosa Vásquez, Rocío", "El Comercio (Perú)", "2017-08", "press", "es",
  "Day not shown (text says the declaration was issued 'ayer'). " + SLUG)
s("nucleonoticias20210807grupolima", "https://nucleonoticias.com/2021/08/07/peru-anuncia-salida-del-grupo-de-lima",
  "Perú anuncia salida del Grupo de Lima", "{{Núcleo Noticias}}", "Núcleo Noticias", "2021-08-07", "press", "es", SLUG)
s("larepublica20210812bejar", "https://larepublica.pe/politica/2021/08/12/congreso-fuerza-popular-presenta-mocion-para-interpelar-al-canciller-hector-bejar/",
  "Congreso: Fuerza Popular presenta moción para interpelar al canciller Héctor Béjar", "{{La República}}", "La República (Perú)", "2021-08-12", "press", "es", SLUG)

# ---- 2018-2019 ----
s("larepublica2018vizcarra", "https://larepublica.pe/politica/1270802-twitter-martin-vizcarra-saluda-manuel-lopez-obrador-elegido-presidente-mexico",
  "Martín Vizcarra saluda a Manuel López Obrador, elegido presidente de México", "{{La República}}", "La República (Perú)", "2018-07", "press", "es", SLUG)
s("andina20181128viaje", "https://andina.pe/ingles/noticia-perus-state-of-emergency-what-does-it-mean-921794.aspx/tinyurl.com/js/www.gob.pe/noticia-oficializan-autorizacion-viaje-presidente-vizcarra-a-mexico-734174.aspx",
  "Oficializan autorización de viaje de presidente Vizcarra a México", "{{Andina}}", "Andina (Agencia Peruana de Noticias)", "2018-11-28", "wire", "es", "State news agency.")
s("andina2018popolizio", "http://www.peruinforma.com/canciller-viajara-a-mexico-para-asistir-a-cambio-de-mando-presidencial/",
  "Canciller viajará a México para asistir a cambio de mando presidencial", "{{Andina}}", "Andina (via Perú Informa)", "2018-11", "wire", "es", "Day not shown.")
s("rpp20181201vizcarra", "https://rpp.pe/mundo/latinoamerica/amlo-martin-vizcarra-coincidio-con-el-rey-de-espana-e-ivanka-trump-en-investidura-del-nuevo-presidente-de-mexico-noticia-1166837?utm_source=tesugerimosleer&utm_medium=clic&utm_campaign=tesugerimosleer_clic",
  "AMLO: Martín Vizcarra coincidió con el rey de España e Ivanka Trump en investidura del nuevo presidente de México", "{{RPP}}", "RPP Noticias", "2018-12-01", "press", "es",
  "Date inferred from the event described (inauguration day). " + SLUG)
s("efe20181201amlo", "https://elpais.com.co/mundo/andres-manuel-lopez-obrador-asumio-la-presidencia-de-mexico.html",
  "Andrés Manuel López Obrador asumió la Presidencia de México", "{{EFE}}", "EFE (via El País, Cali)", "2018-12-01", "wire", "es")
s("laopinion20181201amlo", "https://laopinion.com/2018/12/01/lopez-obrador-ya-es-el-nuevo-presidente-de-mexico-y-anuncia-el-inicio-de-la-cuarta-transformacion/",
  "López Obrador ya es el nuevo presidente de México y anuncia el inicio de la cuarta transformación", "{{La Opinión}}", "La Opinión (Los Ángeles)", "2018-12-01", "press", "es", SLUG)
s("veinticuatrohoras20121201pena", "https://www.24-horas.mx/2012/12/01/pena-protesta-como-presidente-entre-reclamos/",
  "Peña protesta como presidente entre reclamos", "{{24 Horas}}", "24 Horas (México)", "2012-12-01", "press", "es", SLUG)

# ---- 2021 ----
s("biobiochile20210719castillo", "https://www.biobiochile.cl/noticias/internacional/america-latina/2021/07/19/pedro-castillo-es-proclamado-oficialmente-como-presidente-de-peru-6-semanas-despues-de-elecciones.shtml",
  "Pedro Castillo es proclamado oficialmente como presidente de Perú 6 semanas después de elecciones", "{{BioBioChile}}", "BioBioChile", "2021-07-19", "press", "es", SLUG)
s("afp20210720castillo", "https://www.infobae.com/america/agencias/2021/07/20/izquierdista-pedro-castillo-proclamado-como-presidente-electo-de-peru/",
  "Izquierdista Pedro Castillo proclamado como presidente electo de Perú", "{{AFP}}", "AFP (via Infobae)", "2021-07-20", "wire", "es", SLUG)
s("hoydia2021castillo", "https://hoydia.com.ar/?p=57941",
  "[Hoy Día Córdoba report on Castillo's proclamation]", "{{Hoy Día Córdoba}}", "Hoy Día Córdoba", "2021-07", "press", "es",
  "Headline and exact date not visible (text: proclaimed 'este lunes').")
s("laiguana20210728castillo", "https://www.laiguana.tv/articulos/947806-pedro-castillo-asumir-presidencia-peru-congreso/",
  "Pedro Castillo asume presidencia Perú Congreso", "{{Sputnik}}", "Sputnik (via La Iguana TV)", "2021-07-28", "press", "es",
  "Date from text ('este miércoles 28 de julio'). " + SLUG)
s("sputnik20210818bejar", "https://noticiaslatam.lat/amp/20210818/presidente-peruano-evalua-reemplazo-de-renunciante-canciller-1115198726.html",
  "Presidente peruano evalúa reemplazo de renunciante canciller", "{{Sputnik}}", "Sputnik Mundo (noticiaslatam.lat)", "2021-08-18", "press", "es")
s("larepublica20210820maurtua", "https://larepublica.pe/politica/2021/08/20/presidente-pedro-castillo-tomara-juramento-al-nuevo-canciller-en-la-noche-de-este-viernes/?outputType=amp",
  "Presidente Pedro Castillo tomará juramento al nuevo canciller en la noche de este viernes", "{{La República}}", "La República (Perú)", "2021-08-20", "press", "es", SLUG)
s("americatv2021maurtua", "https://americatv.com.pe/noticias/actualidad/oscar-maurtua-seria-nuevo-canciller-n444468",
  "Diplomático Óscar Maúrtua juró como nuevo canciller", "{{América TV}}", "América Noticias", "2021-08", "press", "es", "Day not shown.")
s("efe20230225talavera", "https://elminnesotadehoy.com/?p=182657",
  "[EFE report: Peru formalises exit of its ambassador in Mexico]", "{{EFE}}", "EFE-style report (via El Minnesota de Hoy)", "2023-02-25", "press", "es",
  "Headline not visible; date from text ('este sábado', day after Boluarte's Friday 24 Feb 2023 announcement).")

# ---- 2022 ----
s("latinus20221209monroy", "https://latinus.us/mexico/2022/12/9/pablo-monroy-el-embajador-de-mexico-en-peru-que-fue-llamado-rendir-cuentas-por-injerencia-en-el-caso-de-castillo-78356.html",
  "Pablo Monroy, el embajador de México en Perú que fue llamado a rendir cuentas por injerencia en el caso de Castillo", "{{Latinus}}", "Latinus", "2022-12-09", "press", "es", SLUG)
s("latinus20221220monroy", "https://latinus.us/2022/12/20/controversias-diplomaticas-pablo-monroy-embajador-expulsado-peru-tras-seis-meses-cargo/",
  "Las controversias diplomáticas de Pablo Monroy, el embajador expulsado de Perú tras seis meses en el cargo", "González, Isabella", "Latinus", "2022-12-20", "press", "es")
s("milenio2022monroy", "https://amp.milenio.com/politica/pablo-monroy-llega-llega-mexico-declarado-persona-non-grata?utm_cmp_rs=Nota+Recomendada+1+Articulo",
  "Pablo Monroy llega a México declarado persona non grata", "{{Milenio}}", "Milenio", "2022-12", "press", "es",
  "Day not shown (text: arrived 'este jueves', two days after the PNG declaration). " + SLUG)
s("telediario2022monroy", "https://amp.telediario.mx/nacional/quien-es-pablo-monroy",
  "¿Quién es Pablo Monroy, embajador de México considerado \"persona non grata\" en Perú?", "{{Telediario}}", "Telediario (Milenio group)", "2022-12", "press", "es", "Day not shown.")
s("radionacional2022cumbre", "https://radionacional.co/actualidad/mundo/suspenden-cumbre-de-la-alianza-del-pacifico-por-ausencia-de-presidente-de-peru",
  "Suspenden cumbre de la Alianza del Pacífico por ausencia de presidente de Perú", "{{Radio Nacional de Colombia}}", "Radio Nacional de Colombia", "2022-11", "press", "es",
  "Day not shown (text: announced 'este martes'). " + SLUG)
s("diariodecolima20221117permiso", "https://diariodecolima.com/noticias/detalle/2022-11-17-congreso-de-per-le-niega-el-permiso-al-presidente-pedro-castillo-para-viajar-a-mxico",
  "Congreso de Perú le niega el permiso al presidente Pedro Castillo para viajar a México", "{{Diario de Colima}}", "Diario de Colima", "2022-11-17", "press", "es")
s("europapress20221121cumbre", "https://www.lanacion.com.ar/agencias/lopez-obrador-apunta-a-la-cancelacion-de-la-cumbre-de-la-alianza-del-pacifico-por-la-ausencia-de-nid21112022/",
  "López Obrador apunta a la cancelación de la cumbre de la Alianza del Pacífico por la ausencia de Castillo", "{{Europa Press}}", "Europa Press (via La Nación)", "2022-11-21", "wire", "es", SLUG)
s("larepublica20221122cumbre", "https://larepublica.pe/politica/actualidad/2022/11/22/pedro-castillo-cancilleria-saluda-que-amlo-suspenda-cumbre-de-alianza-del-pacifico-ante-ausencia-del-preis/",
  "Pedro Castillo: Cancillería saluda que AMLO suspenda cumbre de Alianza del Pacífico ante ausencia del presidente", "{{La República}}", "La República (Perú)", "2022-11-22", "press", "es", SLUG)
s("afp2022cumbre", "https://www.elpais.com.co/mundo/suspenden-cumbre-de-la-alianza-del-pacifico-en-mexico-por-ausencia-de-presidente-de-peru.html",
  "Suspenden cumbre de la Alianza del Pacífico en México por ausencia de presidente de Perú", "{{AFP}}", "AFP (via El País, Cali)", "2022-11", "wire", "es", "Day not shown (announced 'este martes').")
s("ap2022cumbre", "https://www.wfla.com/tampa-hoy/america-latina/mexico-cumbre-es-cancelada-por-ausencia-de-presidente-peruano/",
  "México: cumbre es cancelada por ausencia de presidente peruano", "{{AP}}", "AP (via WFLA)", "2022-11", "wire", "es", "Day not shown. " + SLUG)
s("sputnik20221126chavez", "https://sputniknews.lat/20221126/betssy-chavez-jura-como-la-nueva-presidenta-del-consejo-de-ministros-de-peru-1132909749.html",
  "Betssy Chávez jura como la nueva presidenta del Consejo de Ministros de Perú", "{{Sputnik}}", "Sputnik Mundo", "2022-11-26", "press", "es")
s("infobae20221125chavez", "https://www.lado.mx/n.php?id=11538711",
  "Cuestionan designación de Chávez como jefa de gabinete: “Es una provocación, nos vamos a quedar sin Congreso”", "{{Infobae}}", "Infobae (via lado.mx)", "2022-11-25", "press", "es")
s("telemundo2022gabinete", "https://telemundo49.com/noticias/mundo/peru-castillo-juramenta-quinto-gabinete-ministra-investigada-fiscalia/2165019/?os=vbKn42TQHo",
  "Perú: Castillo juramenta quinto gabinete con ministra investigada por Fiscalía", "{{Telemundo}}", "Telemundo (EFE-based)", "2022-11", "press", "es", "Day not shown ('desde este viernes'). " + SLUG)
s("infobae20221207vacancia", "https://www.infobae.com/america/peru/2022/12/07/pedro-castillo-congresistas-celebraron-hasta-las-lagrimas-la-vacancia-del-ahora-expresidente-de-la-republica/",
  "Pedro Castillo: congresistas celebraron hasta las lágrimas la vacancia del ahora expresidente de la República", "{{Infobae}}", "Infobae", "2022-12-07", "press", "es", SLUG)
s("uchile20221207vacancia", "https://radio.uchile.cl/2022/12/07/congreso-peruano-aprueba-mocion-de-vacancia-contra-pedro-castillo",
  "Congreso peruano aprueba moción de vacancia contra Pedro Castillo", "{{Radio Universidad de Chile}}", "Radio Universidad de Chile", "2022-12-07", "press", "es", SLUG)
s("latinanoticias2022vacancia", "https://latinanoticias.pe/noticias/latina-noticias/pedro-castillo-que-congresistas-votaron-en-contra-de-su-vacancia",
  "Pedro Castillo: ¿qué congresistas votaron en contra de su vacancia?", "{{Latina Noticias}}", "Latina Noticias", "2022-12", "press", "es", "Day not shown. " + SLUG)
s("exilio2022castillo", "https://exilio.mx/global/item/15634-destituyen-y-encarcelan-a-pedro-castillo-presidente-de-peru",
  "Destituyen y encarcelan a Pedro Castillo, presidente de Perú", "{{Exilio}}", "exilio.mx", "2022-12", "press", "es", "Day not shown (reports events of 7 Dec 2022).")
s("expansion20221208amlo", "https://politica.expansion.mx/presidencia/2022/12/08/pedro-castillo-llamo-a-amlo-para-pedir-refugio-en-embajada-de-mexico-en-peru",
  "Pedro Castillo llamó a AMLO para pedir refugio en embajada de México en Perú", "{{Expansión Política}}", "Expansión", "2022-12-08", "press", "es", SLUG)
s("yancuic20221208amlo", "https://yancuic.com/2022/12/08/amlo-revela-que-pedro-castillo-le-aviso-que-iria-a-embajada-de-mexico-para-pedir-asilo/",
  "AMLO revela que Pedro Castillo le avisó que iría a embajada de México para pedir asilo", "{{Yancuic}}", "Yancuic", "2022-12-08", "press", "es", SLUG)
s("alcalorpolitico2022boluarte", "https://www.alcalorpolitico.com/informacion/nueva-presidenta-de-peru-espera-a-amlo-para-la-alianza-del-pacifico-379938.html",
  "Nueva presidenta de Perú espera a AMLO para la Alianza del Pacífico", "{{Al Calor Político}}", "Al Calor Político", "2022-12", "press", "es",
  "Day not shown (text: Boluarte spoke 'este jueves', i.e. 8 Dec 2022). " + SLUG)
s("eluniversal2022viaje", "https://eluniversal.com.mx/nacion/peru-amlo-ya-alistaba-viaje-para-entregar-alianza-del-pacifico-pedro-castillo",
  "Perú: AMLO ya alistaba viaje para entregar Alianza del Pacífico a Pedro Castillo", "{{El Universal}}", "El Universal (México)", "2022-12", "press", "es",
  "Day not shown (text: mañanera 'de este miércoles', 7 Dec 2022). " + SLUG)
s("agenzianova20221209monroy", "https://www.agenzianova.com/a/639391c81487c6.50348987/4172718/2022-12-09/peru-governo-convoca-ambasciatore-del-messico-per-ingerenza-in-affari-interni",
  "Perù: governo convoca ambasciatore del Messico per ingerenza in affari interni", "{{Agenzia Nova}}", "Agenzia Nova", "2022-12-09", "press", "it", SLUG)
s("agenzianova20221214convoca", "https://www.agenzianova.com/a/6399add0e4bac9.70927013/4177593/2022-12-14/i-fatti-del-giorno-america-latina-4",
  "I fatti del giorno – America latina", "{{Agenzia Nova}}", "Agenzia Nova", "2022-12-14", "press", "it", SLUG)
s("ultimocable2022consulta", "https://ultimocable.com/peru-convoca-embajadores-de-pais-aliados-de-castillo",
  "Perú convoca embajadores de países aliados de Castillo", "{{Último Cable}}", "Último Cable", "2022-12", "press", "es", "Day not shown. " + SLUG)
s("reporteros20221216consulta", "https://reporteros.mx/index.php/2022/12/16/peru-llama-a-consulta-a-embajador-de-mexico-por-intromision/",
  "Perú llama a consulta a embajador de México por intromisión", "{{Reporteros}}", "reporteros.mx", "2022-12-16", "press", "es", SLUG)
s("hoydia20221215consultas", "https://hoydia.com.ar/mundo/cancilleria-peruana-llama-a-consultas-a-sus-embajadores-en-colombia-bolivia-mexico-y-argentina",
  "Cancillería peruana llama a consultas a sus embajadores en Colombia, Bolivia, México y Argentina", "{{Hoy Día Córdoba}}", "Hoy Día Córdoba", "2022-12-15", "press", "es")
s("latercera2022consulta", "https://latercera.com/mundo/noticia/peru-llama-a-consulta-a-sus-embajadores-en-argentina-bolivia-colombia-y-mexico/ACP6SJUXJZGCZPZA7O5U5SXF5M",
  "Perú llama a consulta a sus embajadores en Argentina, Bolivia, Colombia y México", "{{La Tercera}}", "La Tercera", "2022-12", "press", "es", "Day not shown ('el jueves').")
s("larepublica20221220png", "https://larepublica.pe/politica/gobierno/2022/12/20/gobierno-declara-persona-no-grata-a-embajador-de-mexico-pablo-monroy-y-le-da-72-horas-para-abandonar-el-pais",
  "Gobierno declara persona no grata a embajador de México en Perú y le da 72 horas para abandonar el país", "{{La República}}", "La República (Perú)", "2022-12-20", "press", "es")
s("internationalpress20221221png", "https://internationalpress.jp/2022/12/21/peru-expulsa-al-embajador-de-mexico-por-injerencia-de-ese-pais-en-asuntos-internos",
  "Perú expulsa al embajador de México por injerencia de ese país en asuntos internos", "{{International Press}}", "International Press (Japan)", "2022-12-21", "press", "es", SLUG)
s("independentespanol2022png", "https://independentespanol.com/noticias/america-latina/mexico-embajador-peru-persona-non-grata-b2249470.html",
  "Perú declara “persona non grata” a embajador de México; debe abandonar el país en 72 horas", "{{The Independent en Español}}", "The Independent en Español", "2022-12", "press", "es", "Day not shown.")
s("sputnik20221220png", "https://sputniknews.lat/20221220/el-gobierno-de-dina-boluarte-declara-persona-non-grata-al-embajador-mexicano-en-peru--1133797858.html",
  "Perú declara persona non grata al embajador de México por injerencia", "{{Sputnik}}", "Sputnik Mundo", "2022-12-20", "press", "es")
s("prensalatina20221220ornelas", "https://archivo.prensa-latina.cu/2022/12/20/gobierno-de-mexico-toma-nota-de-expulsion-de-su-embajador-en-peru",
  "Gobierno de México toma nota de expulsión de su embajador en Perú", "{{Prensa Latina}}", "Prensa Latina", "2022-12-20", "wire", "es", SLUG)
s("zetatijuana2022ornelas", "https://zetatijuana.com/2022/12/expulsan-de-peru-a-embajador-mexicano-karla-ornelas-queda-en-su-lugar",
  "Expulsan de Perú a embajador mexicano; Karla Ornelas queda en su lugar", "{{Zeta Tijuana}}", "Zeta Tijuana", "2022-12", "press", "es", SLUG)
s("larepublica20221220salvoconducto", "https://larepublica.pe/amp/politica/pedro-castillo/2022/12/20/mexico-negocia-salvoconducto-para-lilia-paredes-y-sus-hijos-tras-confirmarse-asilo-politico-pedro-castillo-marcelo-ebrard-yenifer-paredes",
  "México negocia salvoconducto para Lilia Paredes y sus hijos tras confirmarse asilo político", "{{La República}}", "La República (Perú)", "2022-12-20", "press", "es", SLUG)
s("exitosa20221220asilo", "https://exitosanoticias.pe/politica/gobierno-mexicano-confirmo-otorgo-asilo-politico-lilia-paredes-sus-hijos-n89571",
  "Gobierno mexicano confirmó que otorgó asilo político a Lilia Paredes y sus hijos", "{{Exitosa}}", "Exitosa Noticias", "2022-12-20", "press", "es", SLUG)
s("larepublica20221221asilo", "https://larepublica.pe/politica/pedro-castillo/2022/12/21/pedro-castillo-mexico-concede-asilo-para-familia-de-expresidente-castillo-lilia-paredes-dina-boluarte-pablo-monroy-cancilleria",
  "Lilia Paredes: México concede asilo político para familia de Pedro Castillo", "{{La República}}", "La República (Perú)", "2022-12-21", "press", "es")
s("infobae20221222paredes", "https://infobae.com/america/peru/2022/12/22/lilia-paredes-y-sus-hijos-vivieron-12-dias-en-la-embajada-de-mexico-en-lima-que-paso-tras-la-captura-de-pedro-castillo",
  "Lilia Paredes y sus hijos vivieron 12 días en la embajada de México en Lima: ¿qué pasó tras la captura de Pedro Castillo?", "{{Infobae}}", "Infobae", "2022-12-22", "press", "es")
s("telam2022paredes", "https://www.telam.com.ar/notas/202212/614949-presidenta-peruana-nombra-segundo-gabinete-menos-dos-semanas.html",
  "La familia del depuesto presidente peruano Pedro Castillo ya se encuentra en México", "{{Télam}}", "Télam", "2022-12", "wire", "es",
  "Day not shown (text: arrived 'este miércoles', i.e. 21 Dec 2022).")
s("rpp20221210angulo", "https://rpp.pe/politica/gobierno/pedro-angulo-es-el-nuevo-presidente-del-consejo-de-ministros-noticia-1452655",
  "Pedro Angulo es el nuevo presidente del Consejo de Ministros", "{{RPP}}", "RPP Noticias", "2022-12-10", "press", "es", SLUG)
s("elespanol20221210gabinete", "https://elespanol.com/mundo/america/20221210/presidenta-peru-dina-boluarte-gabinete-destitucion-castillo/724927625_0.html",
  "La presidenta de Perú, Dina Boluarte, nombra su gabinete 3 días después de la destitución de Castillo", "{{El Español}}", "El Español", "2022-12-10", "press", "es")
s("elurbano2022gabinete", "https://elurbano.news/?p=206838",
  "Nuevo gabinete peruano liderado por mujeres", "{{El Urbano}}", "El Urbano", "2022-12", "press", "es", "Day not shown.")

# ---- 2023 ----
s("efe2023espurio", "https://100noticias.com.ni/internacionales/122004-lopez-obrador-presidencia-alianza-pacifico-peru/",
  "López Obrador rechaza entregar presidencia de la Alianza del Pacífico a Perú", "{{EFE}}", "EFE (via 100% Noticias)", "2023-02", "wire", "es",
  "Day not shown (text: 'este viernes', 17 Feb 2023). " + SLUG)
s("sputnik20230217espurio", "https://www.elpais.cr/2023/02/17/mexico-tilda-de-espurio-a-gobierno-peruano-y-no-le-cedera-presidencia-de-bloque-regional/",
  "México tilda de espurio a gobierno peruano y no le cederá presidencia de bloque regional", "{{Sputnik}}", "Sputnik (via El País, Costa Rica)", "2023-02-17", "press", "es")
s("sinembargo20230218cancilleria", "https://www.sinembargo.mx/18-02-2023/4326768",
  "[SinEmbargo report on Peru's foreign ministry reply to López Obrador]", "{{SinEmbargo}}", "SinEmbargo", "2023-02-18", "press", "es",
  "Headline not visible; bracketed title is descriptive.")
s("aporrea2023sre", "https://www.aporrea.org/internacionales/n380742.html",
  "[Aporrea/RT report on Mexico's response to Peru's ambassador withdrawal]", "{{Aporrea}}", "Aporrea", "2023-02", "press", "es",
  "Partisan outlet; headline and day not visible.")
s("xinhua20230225reduccion", "https://intoleranciadiario.com/articles/nacional/2023/02/25/1008015-lamenta-mexico-reduccion-en-nivel-de-relaciones-diplomaticas-con-peru.html",
  "Lamenta México reducción en nivel de relaciones diplomáticas con Perú", "{{Xinhua}}", "Xinhua (via Intolerancia Diario)", "2023-02-25", "wire", "es")
s("eluniversal20230225sre", "https://hidrocalidodigital.com/mexico-lamenta-decision-de-peru-de-reducir-relaciones-diplomaticas",
  "México lamenta decisión de Perú de reducir relaciones diplomáticas", "{{El Universal}}", "El Universal (via Hidrocálido Digital)", "2023-02-25", "press", "es", SLUG)
s("tudiariohuanuco2023rs037", "https://tudiariohuanuco.pe/politica/gobierno-peruano-retiro-a-su-embajador-de-mexico-pero-relaciones-comerciales-siguen-fluyendo",
  "Gobierno peruano retiró a su embajador de México pero relaciones comerciales siguen fluyendo", "{{Tu Diario Huánuco}}", "Tu Diario Huánuco", "2023-02", "press", "es", "Day not shown. " + SLUG)
s("andina2023talavera", "https://andina.pe/ingles/noticia-peru-government-terminates-duties-of-ambassador-to-mexico-930526.aspx",
  "Peru government terminates duties of ambassador to Mexico", "{{Andina}}", "Andina (Agencia Peruana de Noticias)", "2023-02", "wire", "en",
  "State news agency. Day not shown. " + SLUG)
s("rpp2023consul", "https://rpp.pe/politica/gobierno/gobierno-da-por-terminadas-las-funciones-del-consul-general-del-peru-en-ciudad-de-mexico-noticia-1470196",
  "Gobierno da por terminadas las funciones del cónsul general del Perú en Ciudad de México", "{{RPP}}", "RPP Noticias", "2023-03-03", "press", "es",
  "Date from text ('hoy, viernes'; Diario de Finanzas gives Friday 3 March). " + SLUG)
s("eldiariodefinanzas2023consul", "https://eldiariodefinanzas.com/sin-categoria/carlos-rossi-es-nombrado-consul-general-del-peru-en-ciudad-de-mexico",
  "Carlos Rossi es nombrado cónsul general del Perú en Ciudad de México", "{{El Diario de Finanzas}}", "El Diario de Finanzas", "2023-03", "press", "es", "Day not shown.")
s("elarsenal2023consul", "https://www.elarsenal.net/?p=1126882",
  "Designa Perú a nuevo cónsul general en México", "{{El Arsenal}}", "El Arsenal", "2023-03", "press", "es", "Day not shown.")
s("tribuna20230525png", "https://www.tribuna.com.mx/mundo/2023/5/25/ya-es-oficial-congreso-de-peru-declara-persona-non-grata-amlo-esto-es-lo-que-significa-333306.html",
  "Ya es oficial: Congreso de Perú declara persona non grata a AMLO; esto es lo que significa", "{{Tribuna}}", "Tribuna (Sonora)", "2023-05-25", "press", "es", SLUG)
s("elmen2023comision", "https://elmen.pe/aprueban-mocion-que-declara-persona-no-grata-a-presidente-de-mexico/",
  "Aprueban moción que declara persona no grata a presidente de México", "{{El Men}}", "elmen.pe", "2023-05", "press", "es", "Day not shown. " + SLUG)
s("expreso20230522comision", "https://expreso.press/2023/05/22/comision-del-congreso-de-peru-declara-a-amlo-como-persona-non-grata/",
  "Comisión del Congreso de Perú declara a AMLO como persona non grata", "{{Expreso}}", "Expreso (Sonora)", "2023-05-22", "press", "es", SLUG)
s("regeneracion20230522png", "https://regeneracion.mx/congreso-de-peru-declara-persona-non-grata-a-lopez-obrador/",
  "Congreso de Perú declara persona non grata a López Obrador", "{{Regeneración}}", "Regeneración", "2023-05-22", "press", "es", "Party-aligned outlet. " + SLUG)
s("infocaribe2023png", "https://infocaribe.mx/mexico/congreso-peruano-declara-a-amlo-como-persona-non-grata",
  "Congreso peruano declara a AMLO como persona non grata", "{{Infocaribe}}", "Infocaribe", "2023", "press", "es", "Weak source; date not shown. " + SLUG)
s("panamericana2023png", "https://panamericana.pe/politica/381239-amlo-congreso-aprueba-declarar-persona-non-grata-presidente-mexico",
  "AMLO: Congreso aprueba declarar persona non grata a presidente de México", "{{Panamericana}}", "Panamericana Televisión", "2023-05-25", "press", "es",
  "Date from text ('este jueves 25 de mayo'). " + SLUG)
s("larazon20230526png", "https://larazon.pe/congreso-declara-persona-no-grata-a-lopez-obrador",
  "Congreso declara persona no grata a López Obrador", "{{La Razón}}", "La Razón (Perú)", "2023-05-26", "press", "es")
s("larepublica20230525png", "https://larepublica.pe/amp/politica/congreso/2023/05/25/que-implica-que-peru-declare-como-persona-no-grata-al-presidente-de-un-pais-1085450",
  "¿Qué implica que Perú declare como persona no grata al presidente de un país?", "{{La República}}", "La República (Perú)", "2023-05-25", "press", "es", SLUG)
s("sputnik20230525png", "https://sputniknews.lat/20230525/pleno-del-congreso-de-peru-declara-a-amlo-como-persona-non-grata--1139859569.html",
  "El Pleno del Congreso de Perú declara a AMLO como 'persona non grata'", "{{Sputnik}}", "Sputnik Mundo", "2023-05-25", "press", "es")
s("infobae20230526chile", "https://www.infobae.com/mexico/2023/05/26/amlo-reitero-su-negativa-por-entregar-la-presidencia-de-la-alianza-del-pacifico-a-dina-boluarte/",
  "AMLO reiteró su negativa por entregar la presidencia de la Alianza del Pacífico a Dina Boluarte", "{{Infobae}}", "Infobae", "2023-05-26", "press", "es", SLUG)
s("noroeste2023pausa", "https://www.noroeste.com.mx/internacional/mexico-rompe-relaciones-economicas-con-peru-CN3917455",
  "México rompe relaciones económicas con Perú", "{{Noroeste}}", "Noroeste", "2023-05", "press", "es", "Day not shown. " + SLUG)
s("expansion20230602amenazas", "https://expansion.mx/mundo/2023/06/02/peru-denuncia-que-sus-diplomaticos-en-mexico-han-sido-amenazados-de-muerte",
  "Perú denuncia que sus diplomáticos en México han sido amenazados de muerte", "{{Expansión}}", "Expansión (EFE-based)", "2023-06-02", "press", "es", SLUG)
s("cadenapolitica20230613barcena", "https://cadenapolitica.com/2023/06/13/alicia-barcena-sera-la-nueva-secretaria-de-relaciones-exteriores",
  "Alicia Bárcena será la nueva secretaria de Relaciones Exteriores", "{{Cadena Política}}", "Cadena Política", "2023-06-13", "press", "es")
s("larepublicaco2023barcena", "https://larepublica.co/globoeconomia/lopez-obrador-anuncia-que-alicia-barcena-sera-la-nueva-secretaria-de-relaciones-exteriores-3635852",
  "López Obrador anuncia que Alicia Bárcena será la nueva secretaria de Relaciones Exteriores", "{{La República (Colombia)}}", "La República (Colombia)", "2023-06-13", "press", "es",
  "Date from text ('la mañana de este martes'). " + SLUG)
s("gluc20230613barcena", "https://admin.gluc.mx/sociedad/2023/6/13/quien-es-alicia-barcena-nueva-titular-de-la-secretaria-de-relaciones-exteriores-62840.html",
  "¿Quién es Alicia Bárcena, nueva titular de la Secretaría de Relaciones Exteriores?", "{{Gluc}}", "gluc.mx", "2023-06-13", "press", "es")
s("almanaque2023ebrard", "https://almanaquerevista.com/mexico/alicia-barcena-sustituira-a-marcelo-ebrard-en-la-sre/",
  "Alicia Bárcena sustituirá a Marcelo Ebrard en la SRE", "{{Almanaque}}", "Almanaque Revista", "2023-06", "press", "es", "Day not shown. " + SLUG)
s("cgn2023chavez", "https://cgn-noticias.com/2023/06/betssy-chavez-cumplira-prision-preventiva-por-el-golpe-de-estado-de-pedro-castillo/",
  "Betssy Chávez cumplirá prisión preventiva por el golpe de Estado de Pedro Castillo", "{{CGN Noticias}}", "CGN Noticias", "2023-06", "press", "es", "Day not shown. " + SLUG)
s("infobae20230621chavez", "https://infobae.com/peru/2023/06/21/betssy-chavez-llego-al-palacio-de-justicia-expremier-comparece-ante-el-pj-tras-dictarsele-prision-preventiva",
  "Betssy Chávez llegó al Palacio de Justicia: expremier comparece ante el PJ tras dictársele prisión preventiva", "{{Infobae}}", "Infobae", "2023-06-21", "press", "es", SLUG)
s("larepublica20230621chavez", "https://larepublica.pe/amp/politica/judiciales/2023/06/21/betssy-chavez-poder-judicial-ordena-detencion-de-ex-primera-ministra-por-golpe-de-estado-pedro-castillo-golpe-7-de-diciembre-ministerio-publico-2074569",
  "Betssy Chávez: Poder Judicial ordena detención de ex primera ministra por golpe de Estado", "{{La República}}", "La República (Perú)", "2023-06-21", "press", "es", SLUG)
s("trome2023chavez", "https://trome.com/actualidad/politica/betssy-chavez-intento-fugar-a-mexico-el-dia-que-pedro-castillo-intento-dar-un-golpe-de-estado-imp-noticia",
  "Betssy Chávez intentó fugar a México el día que Pedro Castillo intentó dar un golpe de Estado", "{{Trome}}", "Trome", "2023-06", "press", "es", "Day not shown. " + SLUG)
s("panamericanandchavez", "https://panamericana.pe/poder-judicial/421224-betssy-chavez-evaluan-cese-prision-preventiva-fallido-golpe/amp",
  "Betssy Chávez: evalúan cese de prisión preventiva por fallido golpe de Estado", "{{Panamericana}}", "Panamericana Televisión", "", "press", "es",
  "Publication date not shown in the stored excerpt.")
s("exitosa2023chile", "https://www.exitosanoticias.pe/politica/gobierno-mexico-entrega-presidencia-pro-tempore-alianza-pacifico-chile-n102347",
  "Gobierno de México entrega presidencia pro tempore de la Alianza del Pacífico a Chile", "{{Exitosa}}", "Exitosa Noticias", "2023-06", "press", "es", "Day not shown. " + SLUG)
s("ntn242023chile", "https://www.ntn24.com/noticias-politica/presidencia-pro-tempore-de-la-alianza-del-pacifico-fue-asumida-por-chile-que-la-traspasara-en-un-mes-a-peru-428261",
  "Presidencia pro tempore de la Alianza del Pacífico fue asumida por Chile, que la traspasará en un mes a Perú", "{{NTN24}}", "NTN24", "2023-06", "press", "es", "Day not shown. " + SLUG)
s("rotativo20230628chile", "https://www.rotativodemexico.com/general/noticias/mundo/2023/06/28/chile-toma-presidencia-temporal-de-alianza-del-pacifico-tras-conflicto-mexico-peru/",
  "Chile toma presidencia temporal de Alianza del Pacífico tras conflicto México-Perú", "{{Rotativo de México}}", "Rotativo de México", "2023-06-28", "press", "es", SLUG)
s("memo2023chile", "https://memo.com.ar/amp/45450-en-medio-de-la-controversia-chile-asumio-la-presidencia-de-la-alianza-del-pacifico",
  "En medio de la controversia, Chile asumió la Presidencia de la Alianza del Pacífico", "{{Memo}}", "Memo (Argentina)", "2023-06", "press", "es", "Day not shown.")
s("t1320230801alianza", "https://t13.cl/amp/noticia/politica/chile-traspasa-presidencia-pro-tempore-alianza-del-pacifico-peru-1-8-2023",
  "Chile traspasa presidencia pro tempore de Alianza del Pacífico a Perú", "{{T13}}", "T13 (Chile)", "2023-08-01", "press", "es", "Date from URL. " + SLUG)
s("pulsoslp2023apec", "https://pulsoslp.com.mx/nacional/lopez-obrador-no-ira-a-foro-de-apec-por-peru/1721446",
  "López Obrador no irá a foro de APEC por Perú", "{{Pulso}}", "Pulso (San Luis Potosí)", "2023-10", "press", "es", "Day not shown ('este jueves'). " + SLUG)
s("eluniversal2023apec", "https://eluniversal-eluniversal-prod.web.arc-cdn.net/nacion/boluarte-invita-a-todos-los-lideres-a-participar-en-reunion-de-2024",
  "Boluarte invita a todos los líderes a participar en reunión de 2024", "{{El Universal}}", "El Universal (México)", "2023-11", "press", "es",
  "Date not shown; month inferred from the APEC San Francisco leaders' meeting described. " + SLUG)
s("infobae20231107olaechea", "https://infobae.com/peru/2023/11/07/javier-gonzalez-olaechea-perfil-y-hoja-de-vida-del-nuevo-ministro-de-relaciones-exteriores-del-peru",
  "Javier González Olaechea: perfil y hoja de vida del nuevo ministro de Relaciones Exteriores del Perú", "{{Infobae}}", "Infobae", "2023-11-07", "press", "es", SLUG)
s("eleconomista20231107canciller", "https://eleconomista.com.ar/internacional/juramento-nuevo-canciller-peru-n68087",
  "Juramentó el nuevo canciller de Perú", "{{El Economista}}", "El Economista (Argentina)", "2023-11-07", "press", "es")

# ---- 2024 ----
s("telesur20240411icj", "https://telesurenglish.net/icj-receives-mexican-documentation-in-case-against-ecuador",
  "ICJ Receives Mexican Documentation in Case Against Ecuador", "{{teleSUR}}", "teleSUR English", "2024-04-11", "press", "en")
s("larepublica20240518chavez", "https://larepublica.pe/politica/2024/05/18/betssy-chavez-poder-judicial-confirma-18-meses-de-prision-preventiva-contra-exministra-por-golpe-de-estado-1185606",
  "Betssy Chávez: Poder Judicial confirma 18 meses de prisión preventiva contra exministra por golpe de Estado", "{{La República}}", "La República (Perú)", "2024-05-18", "press", "es")
s("fuentesfidedignas20240418visa", "https://fuentesfidedignas.com.mx/index.php/2024/04/18/mexico-retrasa-hasta-mayo-requisito-de-visa-para-peruanos",
  "México retrasa hasta mayo requisito de visa para peruanos", "{{Fuentes Fidedignas}}", "Fuentes Fidedignas", "2024-04-18", "press", "es")
s("elsoldenayarit20240418visa", "http://www.elsoldenayarit.mx/cultura/96402-mexico-retrasa-hasta-mayo-requisito-de-visa-para-peruanos",
  "México retrasa hasta mayo requisito de visa para peruanos", "{{El Sol de Nayarit}}", "El Sol de Nayarit", "2024-04-18", "press", "es")
s("gxiath20240418visa", "https://gxiath.com/mundo/mexico-posterga-hasta-mayo-el-requisito-de-visado-para-turistas-de-peru",
  "México posterga hasta mayo el requisito de visado para turistas de Perú", "{{EFE}}", "EFE (via Monitoreamos)", "2024-04-18", "wire", "es")
s("quintafuerza2024visa", "https://quintafuerza.mx/mexico/mexico-aplaza-visado-para-turistas-de-peru-hasta-mayo",
  "México aplaza visado para turistas de Perú hasta mayo", "{{Quinta Fuerza}}", "Quinta Fuerza (EFE-based text)", "2024-04", "press", "es", "Day not shown. " + SLUG)
s("libertadormx2024revoca", "https://libertadormx.mx/peru-revoca-visa-a-viajeros-mexicanos",
  "Perú revoca visa a viajeros mexicanos", "{{Libertador MX}}", "libertadormx.mx", "2024-04", "press", "es", "Day not shown. " + SLUG)
s("tvperu2024visa", "https://tvperu.gob.pe/noticias/politica/gobierno-dejo-sin-efecto-decreto-que-pedia-visa-para-mexicanos",
  "Gobierno dejó sin efecto decreto que pedía visa para mexicanos", "{{TV Perú}}", "TV Perú (state broadcaster)", "2024-04", "press", "es", "Day not shown.")
s("larazon2024ds012", "https://larazon.pe/gobierno-peruano-deroga-requerimiento-de-visa-para-ciudadanos-mexicanos",
  "Perú da paso atrás con el requerimiento de visa a mexicamos", "{{La Razón}}", "La Razón (Perú)", "2024-04", "press", "es", "Headline as shown (typo in original). Day not shown.")
s("panoramad2024ds011", "https://panoramad.com.pe/index.php/nacionales/987-cancilleria-oficializo-la-obligatoriedad-de-visa-para-mexicanos-que-quieran-ingresar-a-peru",
  "Cancillería oficializó la obligatoriedad de visa para mexicanos que quieran ingresar a Perú", "{{Panorama D}}", "panoramad.com.pe", "2024-04", "press", "es", "Day not shown. " + SLUG)
s("canalb2024olaechea", "https://canalb.pe/noticias/politica/canciller-peruano-defiende-requisito-de-visa-para-mexicanos-como-medida-de-reciprocidad",
  "Canciller peruano defiende requisito de visa para mexicanos como medida de reciprocidad", "{{Canal B}}", "Canal B", "2024-04", "press", "es", "Day not shown. " + SLUG)
s("cafenegro2024visa", "https://cafenegroportal.com/peru-exigira-visa-a-mexicanos-para-entrar-a-su-pais",
  "Perú exigirá visa a mexicanos para entrar a su país", "{{Café Negro Portal}}", "Café Negro Portal", "2024-04", "press", "es", "Day not shown.")
s("intoleranciadiario20240406quito", "https://intoleranciadiario.com/articles/internacional/2024/04/06/1023896-mexico-rompe-relaciones-con-ecuador-tras-irrupcion-a-su-embajada-en-quito.amp.html",
  "México rompe relaciones con Ecuador tras irrupción a su embajada en Quito", "{{Intolerancia Diario}}", "Intolerancia Diario", "2024-04-06", "press", "es", SLUG)
s("la1002024quito", "https://la100.cienradios.com/mundo/ecuador-entro-a-la-fuerza-a-la-embajada-de-mexico-en-quito-para-detener-el-exvicepresidente-jorge-glas/",
  "Ecuador entró a la fuerza a la embajada de México en Quito para detener al exvicepresidente Jorge Glas", "{{La 100}}", "La 100 (Cienradios)", "2024-04", "press", "es", "Day not shown. " + SLUG)
s("icj20240411application", "https://www.icj-cij.org/index.php/node/203894",
  "Application instituting proceedings and request for the indication of provisional measures", "{{International Court of Justice}}", "ICJ (Embassy of Mexico in Quito, Mexico v. Ecuador)", "2024-04-11", "court", "en",
  "Document number 194-20240411-APP-01-00-EN.")
s("icj20240523order", "https://icj-cij.org/node/204070",
  "Order of 23 May 2024", "{{International Court of Justice}}", "ICJ (Embassy of Mexico in Quito, Mexico v. Ecuador)", "2024-05-23", "court", "en",
  "Document number 194-20240523-ORD-01-00-EN.")
s("icj20240523press", "https://adesp.org/archivos-historicos/international-court-of-justice-icj-press-release-may23-204-embassy-of-mexico-in-quito-mexico-v-ecuador-request-for-the-indication-of-provisional-measures-the-court-finds-that-the-circumstance",
  "Embassy of Mexico in Quito (Mexico v. Ecuador). Request for the indication of provisional measures. The Court finds that the circumstances do not require the exercise of its power to indicate provisional measures", "{{International Court of Justice}}", "ICJ press release No. 2024/46 (via adesp.org)", "2024-05-23", "court", "en")
s("voa20240411oea", "https://elmundo.cr/mundo/oea-aprueba-resolucion-condenando-irrupcion-de-ecuador-en-la-embajada-de-mexico/",
  "OEA aprueba resolución condenando irrupción de Ecuador en la embajada de México", "{{VOA}}", "Voz de América (via El Mundo CR)", "2024-04-11", "press", "es", SLUG)
s("negociosypolitica2024oea", "https://www.negociosypolitica.mx/mundo/oea-condena-intrusion-de-policia-ecuatoriana-en-embajada-mexicana-en-quito",
  "OEA condena intrusión de policía ecuatoriana en embajada mexicana en Quito", "{{Negocios y Política}}", "negociosypolitica.mx", "2024-04", "press", "es", "Day not shown. " + SLUG)
s("elcomercio2024sheinbaum", "https://elcomercio.pe/politica/gobierno/claudia-sheinbaum-gobierno-peruano-felicita-a-candidata-de-amlo-tras-ganar-las-elecciones-en-mexico-elecciones-mexico-2024-amlo-morena-ultimas-noticia/",
  "Claudia Sheinbaum: Gobierno peruano felicita a candidata de AMLO tras ganar las elecciones en México", "{{El Comercio}}", "El Comercio (Perú)", "2024-06", "press", "es",
  "Day not shown; quotes Cancillería tweet of 3 June 2024. " + SLUG)
s("efe2024felicita", "https://lavisionatl.com/latinoamerica/peru-felicita-a-sheinbaum-y-expresa-su-deseo-de-fortalecer-la-relacion-con-mexico",
  "Perú felicita a Sheinbaum y expresa su deseo de fortalecer la relación con México", "{{EFE}}", "EFE-based text (via La Visión)", "2024-06", "press", "es", "Day not shown ('este lunes').")
s("infobae2024olaechea", "https://lamegaromangtv.com/canciller-reconoce-que-claudia-sheinbaum-presidenta-electa-de-mexico-no-contesto-saludo-de-dina-boluarte-estamos-a-la-espera",
  "Canciller reconoce que Claudia Sheinbaum, presidenta electa de México, no contestó saludo de Dina Boluarte: “Estamos a la espera”", "{{Infobae Perú}}", "Infobae Perú (via La Mega Roman TV)", "2024-06", "press", "es", "Day not shown ('este miércoles').")
s("informador20241001mandatarios", "https://www.informador.mx/mexico/Claudia-Sheinbaum-Mandatarios-que-NO-asistiran-a-la-toma-de-protesta-20241001-0070.html",
  "Claudia Sheinbaum: Mandatarios que NO asistirán a la toma de protesta", "{{El Informador}}", "El Informador", "2024-10-01", "press", "es", SLUG)
s("informador20241001cronologia", "https://informador.mx/mexico/Claudia-Sheinbaum-Cronologia-de-la-toma-de-protesta-como-Presidenta-de-Mexico-20241001-0197.html",
  "Claudia Sheinbaum: Cronología de la toma de protesta como Presidenta de México", "{{El Informador}}", "El Informador", "2024-10-01", "press", "es", SLUG)
s("cnn20241001sheinbaum", "https://cnnespanol.cnn.com/2024/10/01/toma-protesta-claudia-sheinbaum-presidenta-mexico-noticias-orix/",
  "Toma de posesión de Claudia Sheinbaum como presidenta de México: qué presidentes e invitados asisten, cuándo es y cómo ver en vivo", "{{CNN en Español}}", "CNN en Español", "2024-10-01", "press", "es")
s("kch20240927invitados", "https://kchcomunicacion.com/2024/09/27/presidentes-de-ecuador-y-peru-no-son-invitados-a-posesion-de-claudia-sheinbaum-estas-son-las-razones",
  "Presidentes de Ecuador y Perú no son invitados a posesión de Claudia Sheinbaum, estas son las razones", "{{KCH Comunicación}}", "KCH Comunicación", "2024-09-27", "press", "es")
s("tvn2024schialer", "https://tvn-2.com/mundo/presidenta-peru-nombra-nuevo-canciller_1_2154966.amp.html",
  "La presidenta de Perú nombra un nuevo canciller", "{{TVN}}", "TVN (Panamá), AFP-based", "2024-09", "press", "es", "Day not shown ('este martes').")
s("efe20241115apec", "https://laconexionusa.com/sheinbaum-niega-acercamiento-diplomatico-a-peru-pese-a-la-presencia-de-mexico-en-la-apec",
  "Sheinbaum niega acercamiento diplomático a Perú pese a la presencia de México en la APEC", "{{EFE}}", "EFE (via La Conexión USA)", "2024-11-15", "wire", "es")
s("exitosa2024schialer", "https://www.exitosanoticias.pe/politica/peru-mexico-seguiran-distanciados-delegacion-sheinbaum-buscara-normalizar-relacion-apec-n138971",
  "Perú y México seguirán distanciados: delegación de Sheinbaum no buscará normalizar relación en APEC", "{{Exitosa}}", "Exitosa Noticias", "2024-11", "press", "es", "Day not shown. " + SLUG)
s("panamericana2024schialer", "https://panamericana.pe/politica/427423-canciller-schialer-lamenta-ausencia-claudia-sheinbaum-cumbre-apec-duele",
  "Canciller Schialer lamenta ausencia de Claudia Sheinbaum en cumbre APEC: \"Me duele\"", "{{Panamericana}}", "Panamericana Televisión", "2024-11", "press", "es", "Day not shown. " + SLUG)
s("elpais20251107historia", "https://elpais.com/mexico/2025-11-07/historia-de-una-ruptura-asi-se-deterioraron-las-relaciones-diplomaticas-entre-peru-y-mexico.html?outputType=amp",
  "Historia de una ruptura: así se deterioraron las relaciones diplomáticas entre Perú y México", "{{El País}}", "El País (México edition)", "2025-11-07", "press", "es")
s("diariocorreo20250904chavez", "https://diariocorreo.pe/politica/poder-judicial-evaluara-pedido-de-fiscalia-para-ampliar-prision-preventiva-de-betssy-chavez-este-viernes-peru-noticia/",
  "Poder Judicial evaluará pedido de Fiscalía para ampliar prisión preventiva de Betssy Chávez este viernes", "{{Correo}}", "Diario Correo", "2025-09-04", "press", "es", SLUG)

# ---- people (office-holders) ----
s("exitosa20260218presidentes", "https://www.exitosanoticias.pe/politica/jose-jeri-fue-destituido-tendremos-octavo-presidente-10-anos-conoce-7-lo-antecedieron-n169044",
  "José Jerí fue destituido: tendremos octavo presidente en 10 años, conoce a los 7 que lo antecedieron", "{{Exitosa}}", "Exitosa Noticias", "2026-02-18", "press", "es", SLUG)
s("nexojornal20180323vizcarra", "https://www.nexojornal.com.br/expresso/2018/03/23/Quem-%C3%A9-o-novo-presidente-que-assume-o-Peru-em-meio-%C3%A0-crise",
  "Quem é o novo presidente que assume o Peru em meio à crise", "{{Nexo Jornal}}", "Nexo Jornal", "2018-03-23", "press", "pt", SLUG)
s("wikipediandppk", "https://en.wikipedia.org/wiki/Presidency_of_Pedro_Pablo_Kuczynski",
  "Presidency of Pedro Pablo Kuczynski", "{{Wikipedia contributors}}", "Wikipedia", "", "encyclopedic", "en", "Publication date not determinable.")
s("diariocorreo2026presidentes", "https://diariocorreo.pe/politica/presidentes-que-gobernaron-el-peru-entre-el-2016-y-2026-una-decada-marcada-por-la-inestabilidad-politica-noticia/",
  "Presidentes que gobernaron el Perú entre el 2016 y 2026: una década marcada por la inestabilidad política", "{{Correo}}", "Diario Correo", "2026-02", "press", "es",
  "Day not shown (written after Jerí's removal). " + SLUG)
s("elbocon2020sagasti", "https://elbocon.pe/actualidad/francisco-sagasti-juramentara-como-presidente-de-la-republica-este-martes-a-las-400-pm-congreso-nndc-noticia/",
  "Francisco Sagasti juramentará como presidente de la República este martes a las 4:00 pm", "{{El Bocón}}", "El Bocón", "2020-11-16", "press", "es",
  "Date inferred from text (written the Monday of Sagasti's election). " + SLUG)
s("eluniversal20201117sagasti", "https://eluniversal.com.mx/mundo/jura-francisco-sagasti-como-nuevo-presidente-de-peru/?outputType=amp",
  "Jura Francisco Sagasti como nuevo presidente de Perú", "{{El Comercio (GDA)}}", "El Universal (México), from El Comercio/GDA", "2020-11-17", "press", "es")
s("noticiaslatam20201117sagasti", "https://noticiaslatam.lat/20201117/francisco-sagasti-jura-como-nuevo-presidente-interino-de-peru-1093528690.html",
  "Francisco Sagasti jura como nuevo presidente interino de Perú", "{{Sputnik}}", "Sputnik Mundo (noticiaslatam.lat)", "2020-11-17", "press", "es", SLUG)
s("elcolombiano20251010jeri", "https://www.elcolombiano.com/internacional/quien-es-jose-jeri-presidente-peru-destitucion-dina-boluarte-IK29890008",
  "¿Quién es José Jerí, presidente de Perú tras la destitución de Dina Boluarte?", "{{El Colombiano}}", "El Colombiano", "2025-10-10", "press", "es", SLUG)
s("latinanoticias20260217jeri", "https://latinanoticias.pe/politica/jose-jeri-es-censurado-ya-no-es-presidente-del-peru_20260217/",
  "José Jerí es censurado: ya no es presidente del Perú", "{{Latina Noticias}}", "Latina Noticias", "2026-02-17", "press", "es", SLUG)
s("lakaribena20260218balcazar", "https://lakaribena.com.pe/actualidad/jose-maria-balcazar-nuevo-presidente-peru-tras-censura-jose-jeri-n31578",
  "José María Balcázar, nuevo presidente del Perú tras censura de José Jerí", "{{La Karibeña}}", "La Karibeña", "2026-02-18", "press", "es", SLUG)
s("rpp20260218balcazar", "https://rpp.pe/politica/gobierno/jose-maria-balcazar-es-el-nuevo-presidente-tras-eleccion-del-congreso-noticia-1676505",
  "Congreso eligió a José María Balcázar como presidente interino", "Pinedo Barrera, Jorge Luis", "RPP Noticias", "2026-02-18", "press", "es")
s("pulsoslp20260219balcazar", "https://pulsoslp.com.mx/mundo/jose-maria-balcazar-reemplazo-de-jose-jeri/2019233",
  "José María Balcázar, reemplazo de José Jerí", "{{Pulso}}", "Pulso (San Luis Potosí)", "2026-02-19", "press", "es", SLUG)
s("wiki34landa", "https://it.wiki34.com/wiki/Ministro_de_Relaciones_Exteriores_del_Per%C3%BA",
  "Ministro degli Affari Esteri del Perù", "{{Wikipedia contributors}}", "Wikipedia (machine-translated mirror, wiki34.com)", "2022", "encyclopedic", "it",
  "Undated mirror; shows Landa 'in office since 1 Feb 2022', so snapshot is from 2022.")
s("elpotosi20220910rodriguez", "https://elpotosi.net/mundo/20220910_renuncia-el-canciller-de-peru-el-cuarto-en-14-meses-de-gobierno-de-castillo.html",
  "Renuncia el canciller de Perú, el cuarto en 14 meses de gobierno de Castillo", "{{El Potosí}}", "El Potosí (AFP-based)", "2022-09-10", "press", "es")
s("latinanoticias2022rodriguez", "https://latinanoticias.pe/noticias/latina-noticias/miguel-rodriguez-mackay-renuncia-al-ministerio-de-relaciones-exteriores",
  "Miguel Rodríguez Mackay renuncia al Ministerio de Relaciones Exteriores", "{{Latina Noticias}}", "Latina Noticias", "2022-09", "press", "es", "Day not shown.")
s("larepublica20220913landa", "https://larepublica.pe/politica/gobierno/2022/09/13/cesar-landa-regresa-a-la-cancilleria-peruana-tras-la-salida-de-miguel-rodriguez-mackay-pedro-castillo-gabinete-ministerial",
  "César Landa regresa a la Cancillería peruana tras la salida de Miguel Rodríguez Mackay", "{{La República}}", "La República (Perú)", "2022-09-13", "press", "es")
s("jornada20220914landa", "https://jornada.com.mx/notas/2022/09/14/mundo/retorna-al-cargo-canciller-de-peru-que-dimitio-hace-5-semanas",
  "Retorna al cargo canciller de Perú que dimitió hace 5 semanas", "{{La Jornada}}", "La Jornada (AP-based)", "2022-09-14", "press", "es", SLUG)
s("swissinfo20251220schialer", "https://www.swissinfo.ch/spa/excanciller-de-boluarte-es-nombrado-representante-permanente-de-per%C3%BA-en-ginebra/90672498",
  "Excanciller de Boluarte es nombrado representante permanente de Perú en Ginebra", "{{EFE}}", "EFE (via Swissinfo)", "2025-12-20", "wire", "es")
s("elcomercio20251021dezela", "https://elcomercio.pe/politica/canciller-hugo-de-zela-nombra-a-exministro-elmer-schialer-como-su-asesor-ultimas-noticia/",
  "Canciller Hugo de Zela nombra a exministro Elmer Schialer como su asesor", "{{El Comercio}}", "El Comercio (Perú)", "2025-10-21", "press", "es", SLUG)
s("mayacomunicacion2024delafuente", "https://mayacomunicacion.com.mx/juan-ramon-de-la-fuente-listo-para-desafios-internacionales-como-canciller",
  "Juan Ramón de la Fuente, listo para desafíos internacionales como canciller", "{{Maya Comunicación}}", "Maya Comunicación", "2024", "press", "es",
  "Date not shown; written before 1 Oct 2024 (describes him as incoming). " + SLUG)
s("vanguardia20251128delafuente", "https://vanguardia.com.mx/noticias/sheinbaum-confirma-licencia-del-canciller-de-la-fuente-toma-licencia-medica-OP18352387",
  "Sheinbaum confirma licencia del canciller De la Fuente", "{{Vanguardia}}", "Vanguardia (Saltillo)", "2025-11-28", "press", "es", SLUG)
s("wikipediandcardenas", "https://es.m.wikipedia.org/wiki/L%C3%A1zaro_C%C3%A1rdenas_del_R%C3%ADo",
  "Lázaro Cárdenas", "{{Wikipedia contributors}}", "Wikipedia (es)", "", "encyclopedic", "es", "Publication date not determinable.")
s("museodelagrarismondcardenas", "http://museodelagrarismo.com/m4_1.htm",
  "IVb.- La candidatura de Cárdenas", "{{Museo del Agrarismo}}", "museodelagrarismo.com", "", "secondary", "es", "Publication date not determinable.")
