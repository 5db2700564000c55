// Hand-written word lists. They are packed into gazetteer.ts: after editing, run `npm run build:names`.

/**
 * Words that look like names in our texts but are not: forms of address, chat fillers (English,
 * Hinglish, Spanish, Polish), months and days, company suffixes, product and identifier words.
 */
export const STOP_WORDS = `sir madam mam maam ma'am team all everyone guys folks bro sis dude buddy friend friends bhai bhaiya didi ji
tel mob ph fax tlf tfno tlm cell mobile phone whatsapp landline handy móvil movil telefon telefone téléphone telefono
sahab saab hai hain kya nahi haan han acha accha theek thik kal aaj abhi please pls plz thx thanks ok okay okk hii hiii
hlo hello hey yo dear customer client user admin support sales billing helpdesk desk service care agent manager sponsor
potencial potential prospective naa pana panu panem panią ac recharge recharged sig jio airtel bsnl handset imei fr cada
saas maine chargeback codename refund refunds xx xxx xxxx xxxxx xxxxxx xxxxxxxx maza majha naan
goedemiddag goedemorgen goedenavond bedankt alvast graag groeten vriendelijke bedrijf winkel winkelnaam verkoper bezorger
chauffeur melder waarschuwing ik jij wij für fur mit vom zum zur über uber guten geehrte geehrter leider verkäufer verkaeufer
fahrer gentile gentili egregio egregia salve servizio clienti ufficio venditori venditore negozio chiedo ecco partita pour avec
dans chez vous nous votre vos notre déjà équipe vendeurs vendeur objet repartidor vendedor tienda atención entrega assunto olá
prezado prezada atenciosamente cumprimentos loja você dzięki ktoś widzę mogę pomóc pozdrawiam szanowni szanowny szanowna
państwo sklep kurier likhwa likhwana likha biweekly fortnightly bimonthly venum vendum venam kavali kudunga sonnaru unga enga nenu mija mijo
anfrage nachhilfe termin rückfrage kündigung beschwerde hinweis betreff nachricht antrag mahnung erinnerung bestätigung
milano dubai berlin lisboa lisbon barcelona munich münchen amsterdam frankfurt singapore france schengen pessoal checksum
ragazzi allemaal iedereen todos tutti wszyscy
mummy mumma mummyji papaji bhabhi bhabi bhabhiji mausi mausiji masi chacha chachaji chachi chachiji chachu mama mamaji mami
mamiji nanaji naniji dada dadaji dadi dadiji bua buaji phupho phuphi tauji taiji jiju jijaji behen behenji aunty auntie auntyji uncleji beti bitiya hata
zusammen familia antim vive numer nummer numero número
mobil tagsüber tagsueber abends vormittags nachmittags privat geschäftlich geschaeftlich dienstlich caller callee iccid msisdn imsi esim
notiz außendienst aussendienst umowa kol kols ivr büro buero homeoffice organisers organizers organiser organizer headcount pt patientin tropfen tabletten kapseln salbe icici idfc hsbc
january february march april may june july august september october november december feb mar apr jun jul aug sep
sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
today tomorrow yesterday tonight morning evening noon ltd pvt private limited inc llc llp corp co company gmbh plc sa sl
bank group technologies technology solutions services enterprises traders industries motors labs studio studios
hola gracias buenos buenas dias días tardes noches pedido factura cliente señor señora por favor saludos estimado
estimada cześć czesc witam dzień dzien dobry dziękuję dziekuje zamówienie zamowienie faktura proszę prosze pan pani
aadhaar aadhar pan gst gstin upi ifsc kyc otp pin sku emi neft rtgs imps whatsapp gmail google amazon flipkart paytm
phonepe gpay razorpay zoho salesforce hubspot crm api sdk ai gpt openai claude gemini visa mastercard amex rupay
india bharat delhi mumbai bangalore bengaluru chennai kolkata hyderabad pune usa uk europe london madrid warsaw
street road lane nagar colony sector block floor apartment flat tower main cross mr mrs ms mx dr prof shri shree
sri smt kumari sr sra srta ka ki ke ko se mein hai tha ho karo kar bhi toh na ne wala wali aur ssn itin iban
ifsc sku awb pnr utr cc bcc fyi asap eod eta lunes martes miércoles miercoles jueves viernes sábado sabado domingo
enero febrero marzo abril mayo junio septiembre octubre noviembre diciembre poniedziałek wtorek środa
czwartek piątek sobota niedziela styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik
listopad grudzień esta está pero una
lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica gennaio febbraio aprile maggio
giugno luglio settembre ottobre dicembre lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier avril juin
juillet août aout octobre décembre decembre montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz maerz juni
juli dezember segunda terça terca quarta sexta feira janeiro fevereiro maio junho julho setembro outubro dezembro
pe par neuer neue neues interessent interessentin ya fragen rückfragen dane osobowe della delle dello degli nella alla dalla sulla elle elles
il bolna batana likhna likho bataiye dena daalo dalo
hallo bonjour bonsoir salut ciao buongiorno buonasera hoi merci grazie danke bitte obrigado obrigada bedankt
cordialement herr frau monsieur madame mme mlle signor signora signorina meneer mevrouw dhr mevr senhor senhora
meu minha mijn mein meine mon mój moje mi mio soy sono sou jestem ich bin ik je suis hier ist est titular kunde kundin klant titulaire nom prénom nome cognome naam
rechnung bestellung commande facture ordine fattura bestelling factuur encomenda fatura telefon teléfono telefono
téléphone telefoon telefone móvil movil handy portable cellulare mobiel telemóvel contacto kontakt contato gsm
chiamami llámame llamame zadzwoń zadzwon appelez rufen bel bellen ligue liguem c'est j'ai qu'il
i mera meri mere mujhe mujhko aap aapka aapki aapke apna apni hum humara hamara tum tera teri uska uski unka unki yeh woh ye wo
kab kaise kahan kyun kyu sab koi kuch bol bola bolo boliye karna karunga karenge hoga hogi thi gaya gayi raha rahi rahe hoon hu hun
naam bhej bhejo bhejiye batao bataiye chahiye
landline reception helpline switchboard tollfree
tbd tba tbc nil none unknown unassigned anonymous rs inr usd eur gbp
passport passports passaporte pasaporte paszport reisepass passeport passaporto paspoort dni nie nif pesel nr
bye byee tc gn gm ttyl asap urgent noted pending
heeft hebben heb gebeld belt wil wilt kunnen moet moeten gaat komt zal zou wordt werd niet ook nog maar het een dit deze
hat haben habe ist sind wird wurde möchte moechte kann können koennen muss soll nicht auch noch aber eine einen und oder
est sont veut peut doit vient appelé appele souhaite aussi mais une les des
quiere puede debe llamó también tambien
vuole può puo deve chiamato anche
tem são sao quer pode vai ligou também
i'm i've i'll i'd we're we've we'll we'd you're you've you'll you'd they're they've they'll it's that's there's
here's what's let's don't doesn't didn't can't couldn't won't wouldn't isn't aren't wasn't weren't haven't hasn't
ваш ваша ваше ваши вы мы я это спасибо пожалуйста заказ дякую будь ласка замовлення благодаря
है हैं था थी थे से को का की के ने में जी और आप आपका आपकी मेरा मेरी हम बात कृपया धन्यवाद नमस्ते ऑर्डर सर मैडम
grüße grüsse gruß gruss dank vielen saludos salutations klient klienta klientka
tudo todo bem bien qué que como cómo muy mucho muito wie geht alles gut comment ça va tout tutto come stai hoe gaat het
mówi mowi fala mismatch enquiry inquiry kiya liye diya aayi aaya przelew ek aqui damen herren kisi kennt soporte suporte kundenservice kundendienst assistenza obsługa obsluga`;

/** Words that name a firm after the words before them ("Sharma Traders"); they are place words too (below). */
export const BUSINESS_WORDS = `ltd pvt private limited inc llc llp corp co company gmbh plc sa sl bank group technologies technology solutions services
enterprises traders trading industries motors labs logistics textiles exports imports agencies associates pharma
pharmaceuticals foods electronics jewellers jewelers fashions garments constructions builders developers realty infra
infotech systems software consulting consultants partners holdings ventures capital finance insurance hospital hospitals
clinic stores mart bakery sweets restaurant hotel hotels academy institute school college university foundation trust
international global automobiles tyres steels chemicals plastics brothers sons collections collection boutique emporium kirana
hardware controls outpatient boulangerie pâtisserie patisserie pastelaria panadería panaderia pastelería pasteleria farmacia pharmacie
apotheke apteka apteki aptek bäckerei baeckerei konditorei café cafe cafetería cafeteria restaurante ristorante trattoria pizzeria
librería libreria werkstatt taller atelier agencia agence agenzia dairy products farms agro udyog bhandar pharmacy pharmacies chemist
chemists medicals showroom firma firmy meble hurtownia hermanos hnos synowie fils figli söhne soehne casa
travels tours holidays rentals diagnostics pathlabs pathology dental opticals optician healthcare agentur kanzlei
classes tuitions coaching handlooms caterers fabrics society chs apartments apartment residency heights towers enclave villas
kunj niketan nivas sadan immobilien maison haus
sales motor autohaus autos dealership dealers automotive concesionario muebles möbel moebel mobili meubles móveis moveis mobilya
versicherung versicherungen assurance assurances seguros assicurazioni ubezpieczenia
homeopathy homoeopathy ayurveda physiotherapy physio wellness fitness dentistry orthodontics movers packers
lavandería lavanderia laundry groomers grooming
shg shgs sahakari sanstha samiti sangh sangha mandal mandali microfinance bachat utpadak landtechnik autowheels autoworks
bakkerij slagerij apotheek drogisterij bloemist dochters zonen hijos filhos sport sports antiques
chiropractic chiropractor notary roofing plumbing landscaping fencing fence remodeling daycare veterinary vet hvac flooring
sarees saree naturals organics conservas moda cosmetics herbals spices pickles snacks candles crafts jewels
bistro luncheonette pub dhaba diner tavern inn grill eatery brasserie canteen kitchen rooms
medical medicals medicos chemists druggists pharma pharmaceuticals
solar energy renewables power`;

/**
 * Words that make the capitalised words next to them a place or a business, not a person: "Iyer
 * Alley", "Plaza Gerardo Córdova", "Karl-Marx-Straße", "Zara Logistics", "Sharma Traders". (The build
 * also marks surnames that are towns' names as place words: see build-name-gazetteer.ts.)
 */
export const PLACE_WORDS = `street st road rd lane ln way alley bridge canyon avenue ave drive court ct park place square sq nagar marg pob sthan
colony chowk gali path vihar enclave layout extension terrace crescent boulevard blvd highway hwy hills heights
island islands lake mount mountain river valley village town city county district station airport junction bazaar
market mall plaza calle avenida av aldea ramal sección seccion poblado jardines paseo camino carretera urbanización
urbanizacion barrio colonia glorieta ronda travesía travesia vía via ulica ul aleja plac osiedle rondo san santa santo
são sao saint fort port puerto villa shoal shoals throughway knoll knolls forest ridge ridges manor manors field fields
gardens garden dale track plains pine pines crossing grove loop pass point trail view vista walk mews circle cove creek
estate estates glen haven hollow landing meadow meadows mill mills orchard oval parkway pike prairie ranch rapids row
shore shores spring springs spur stravenue stream summit tunnel turnpike underpass viaduct ville burg bypass cape
causeway center centre cliff cliffs commons corner corners crest curve expressway falls ferry flats forge fork forks
freeway gateway harbor harbour isle lodge motorway overpass passage ramp route skyway squares vale ways glorieta rua
mercado masía masia cuesta lado extrarradio prolongación prolongacion subida gran rincón rincon quinta alameda arroyo
bajada barranco callejón callejon edificio finca lugar manzana parque pasaje polígono poligono vereda urbanizacion
rampa puente riera entrada partida escalinata senda salida calleja municipio ferrocarril conjunto colegio grupo
apartamento puerta pasadizo muelle explanada cañada canada carrer passeig rambla avinguda plaça placa carrera
sector transversal diagonal autopista autovía autovia residencial pública publica
brook brooks wells junctions valleys forges lock locks union unions keys lights lakes loaf mission neck parks
parkways points ports rest rue trace trafficway walks wall
branch burgs camp centers circles club courts coves crossroad dam divide drives extensions fords glens greens groves
harbors inlet mountains plain radial rapid roads spurs streets views villages light course fall flat
straße strasse str platz weg allee gasse damm ufer chaussee
${BUSINESS_WORDS}
corso viale piazza piazzale vicolo strada lungomare contrada travessa praça praca chemin allée allee quai impasse straat laan plein gracht
stadium stadion estadio arena auditorium policlinico ospedale clinica klinik klinikum szpital hôpital hopital lycée
lycee liceo collège école ecole schule gymnasium close laboratories laboratory bagh seva galeries galerie galleria chaturthi idol murti mandir masjid gurudwara gurdwara
janmashtami navami ashtami ekadashi bhawan bhavan ulicy alei alejach placu osiedlu schloss burg mandi apmc
lawns lawn banquet banquets ballroom ballrooms palace farmhouse resort resorts pavilion marquee kurhaus mandap vatika`;

/**
 * Names that are everyday words in a language our customers write besides English (Portuguese
 * "uma", Hindi "liya", Italian "mia"): in lowercase text they need a cue, as English words that are names do.
 */
export const LOWER_UNSAFE_WORDS = `uma liya mia lena lene dene mila mili liberto das ward vida tej sem konta oliva cale anna tony dhyan boda dron stan dach erin ben jana amar chanda kurtis kurti safa collars
pietro`;

/**
 * Firm words after which a given name and a surname are the proprietor's ("Mohan Dwivedi Traders"),
 * unlike an institution's ("Ruby Hall Clinic", "Johns Hopkins Hospital"). A subset of BUSINESS_WORDS.
 */
export const PROPRIETOR_WORDS = `traders trading enterprises stores mart sweets jewellers jewelers textiles garments fashions motors
automobiles electronics foods agencies associates brothers sons bakery constructions builders exports imports industries collections`;
