#include "core/demo/DemoData.h"

#include <algorithm>
#include <cstring>

namespace percorsi::demo {

namespace {

// Names as they appear in the registers of Milan, Barcelona, Amsterdam and
// Malmö: the same name is often written several ways, which is what search
// and duplicate checks must cope with.
const Community kCommunities[] = {
    {"EG", "ar|en",
     "Mona|Heba|Shaimaa|Doaa|Rania|Nour|Aya|Fatma|Fatima|Mariam|Esraa|Amira|Salma|Yasmin|Samah|"
     "Hanan|Asmaa|Aisha",
     "Mohamed|Mohammed|Ahmed|Mahmoud|Mostafa|Ibrahim|Karim|Amr",
     "Abdelrahman|El Sayed|Hassan|Mahmoud|Ibrahim|Abdel Aziz|Mostafa|El Masry|Farouk|Soliman|"
     "Abdallah|Gad|Youssef|Shehata",
     "Mimi|Nono|Soso", "family|family|work|long_term_resident|special_protection", false},
    {"MA", "ar|fr|zgh|es",
     "Fatima|Fatima Zahra|Fatiha|Khadija|Naima|Aicha|Aïcha|Nadia|Hafsa|Samira|Latifa|Malika|"
     "Zineb|Hanane|Karima|Ikram|Souad|Rachida|Loubna",
     "Mohamed|Mohammed|Youssef|Rachid|Abdelkader|Hicham|Saïd|Mustapha",
     "El Amrani|Benali|Bennani|El Idrissi|Alaoui|Tazi|Ouahbi|Boukhari|El Fassi|Amrani|Chakir|"
     "Belhaj|Zerouali|Lahlou|Oukacha|Bouzid",
     "Zahra|Fati|Nana", "family|family|long_term_resident|work|citizen|none", false},
    {"PH", "tl|en",
     "Maria Cristina|Jocelyn|Rowena|Marites|Lorna|Analyn|Maricel|Josephine|Rosalie|Mary Grace|"
     "Jennifer|Cherry Ann|Gemma|Liza",
     "Jose|Ronaldo|Mark Anthony|Rommel|Jun|Arnel",
     "dela Cruz|Santos|Reyes|Bautista|Garcia|Mendoza|Villanueva|Ramos|Castillo|Aquino|Manalo|"
     "Dimaculangan|Macaraeg|Pascual",
     "Cris|Joy|Baby|Weng|Bing|Lyn", "work|work|family|long_term_resident", false},
    {"PE", "es|qu",
     "María|Rosa|Luz Marina|Carmen|Juana|Yolanda|Milagros|Flor de María|Gladys|Nelly|Ruth|Pilar|"
     "Maribel|Sonia",
     "José Luis|Juan Carlos|Jorge|Luis|Víctor|Miguel Ángel",
     "Quispe|Mamani|Huamán|Flores|Rojas|Chávez|Vargas|Ramírez|Condori|Gutiérrez|Torres|Sánchez|"
     "Ccahuana|Huanca",
     "Rosi|Mari|Flor|Lucha", "family|work|long_term_resident|citizen", true},
    {"EC", "es|qu", "Mayra|Jessica|Verónica|Lorena|Gabriela|Mercedes|Diana|Johanna|Narcisa|Blanca",
     "Segundo|Byron|Washington|Fausto|Jefferson|Darwin",
     "Guamán|Chimbo|Zambrano|Cedeño|Vera|Loor|Tenesaca|Paucar|Morocho|Mendoza|Andrade|Pazmiño",
     "Vero|Gaby|Lore", "family|work|long_term_resident|citizen", true},
    {"CN", "zh", "Li|Mei|Xiaoling|Hui|Yan|Jing|Xiuying|Lihua|Fang|Ying|Xiaomei|Na",
     "Wei|Jun|Hao|Jian|Lei|Qiang", "Hu|Zhou|Chen|Wang|Zhang|Lin|Ye|Xu|Jin|Wu|Zheng|Pan",
     "Lucia|Anna|Sofia|Giulia|Monica|Lily", "work|work|family|long_term_resident", false},
    {"LK", "si|ta|en",
     "Dilani|Nadeeka|Chamari|Sanduni|Thushari|Kumari|Nirosha|Shanika|Iresha|Malani|Priyanka|"
     "Dulani",
     "Nuwan|Chaminda|Ruwan|Kasun|Saman|Pradeep",
     "Perera|Fernando|de Silva|Jayasinghe|Wickramasinghe|Rathnayake|Gunawardena|Bandara|"
     "Dissanayake|Herath|Kumara|Wijesinghe",
     "Dili|Nadee|Chami", "work|family|long_term_resident", false},
    {"SN", "wo|fr|ff",
     "Fatou|Aïssatou|Aissatou|Awa|Mariama|Ndeye|Khady|Coumba|Astou|Aminata|Fatoumata|Sokhna|"
     "Rokhaya|Binta|Mame Diarra|Aïcha",
     "Mamadou|Moussa|Cheikh|Ousmane|Abdoulaye|Modou|Mouhamed|Ibrahima",
     "Diop|Ndiaye|Fall|Sow|Diallo|Mbaye|Gueye|Sarr|Faye|Ba|Cissé|Thiam|Seck|Niang|Sy|Diouf",
     "Fifi|Ndeye|Aïcha", "work|family|long_term_resident|special_protection|none", false},
    {"UA", "uk|ru|en",
     "Olena|Oksana|Iryna|Nataliia|Tetiana|Yuliia|Svitlana|Kateryna|Halyna|Viktoriia|Anastasiia|"
     "Mariia|Liudmyla|Olha",
     "Oleksandr|Andrii|Serhii|Mykola|Dmytro|Volodymyr",
     "Kovalenko|Shevchenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boiko|Oliinyk|Koval|Shevchuk|"
     "Polishchuk|Lysenko|Marchenko|Savchenko",
     "Lena|Oksi|Ira|Natasha|Tania|Yulia|Katia",
     "temporary_protection|temporary_protection|temporary_protection|work", false},
    {"SY", "ar|ku|en",
     "Rasha|Lama|Hala|Reem|Nour|Ghada|Rima|Dima|Aya|Rana|Hiba|Walaa|Amal|Zainab|Fatema|Aisha",
     "Mohammad|Muhammad|Ahmad|Khaled|Omar|Yousef|Abdulrahman|Hussein",
     "Al-Hassan|Alhasan|Al Khatib|Haddad|Al-Ali|Alali|Kurdi|Hamoud|Darwish|Saleh|Nasser|Suleiman|"
     "Al Masri|Mustafa|Othman",
     "Noura|Lulu|Dodo", "refugee|refugee|subsidiary_protection|long_term_resident|citizen", false},
    {"IQ", "ar|ckb|ku",
     "Zainab|Fatimah|Noor|Hawra|Sara|Shler|Rozhan|Narin|Bayan|Sundus|Israa|Maryam",
     "Ali|Hussein|Haider|Mustafa|Abbas|Karwan",
     "Al-Jubouri|Al-Obaidi|Hassan|Kareem|Ahmed|Mahmood|Rashid|Jabbar|Aziz|Salih|Barzani|Qadir",
     "Zaza|Nouri", "refugee|subsidiary_protection|family|citizen|asylum_seeker", false},
    {"SO", "so|ar|en",
     "Fadumo|Faadumo|Fatuma|Hodan|Maryan|Sahra|Hawa|Asha|Ayaan|Amina|Sagal|Nimco|Ubah|Hibo|"
     "Khadra|Ifrah",
     "Mohamed|Maxamed|Abdirahman|Abdullahi|Ahmed|Hassan|Omar|Yusuf",
     "Hassan|Mohamed|Ali|Abdi|Farah|Warsame|Jama|Hussein|Osman|Aden|Ahmed|Nur|Yusuf|Ismail|"
     "Mohamud|Abdullahi",
     "Fadi|Asho|Maryama", "refugee|subsidiary_protection|family|citizen|asylum_seeker", false},
    {"ER", "ti|ar|am|en",
     "Senait|Helen|Yordanos|Selam|Mebrat|Letensae|Saba|Winta|Hiwet|Tsega|Rahwa|Semhar|Ruta|"
     "Mhret",
     "Tesfalem|Yonas|Filmon|Robel|Kibrom|Habtom|Mussie|Berhane",
     "Tesfay|Ghebremedhin|Haile|Tekle|Berhe|Kidane|Woldemichael|Gebreyesus|Mehari|Abraha|Tewelde|"
     "Ghirmay|Habte|Andemariam",
     "Sena|Yordi|Hiwi", "refugee|subsidiary_protection|asylum_seeker|family|citizen", false},
    {"BD", "bn|en",
     "Nasrin|Shirin|Taslima|Rokeya|Sumaiya|Farzana|Nusrat|Ruma|Shahnaz|Rehana|Jesmin|Sultana|"
     "Moriom|Sharmin|Ayesha",
     "Mohammad|Md. Rafiqul|Abdul|Kamal|Shafiqul|Habibur|Jahangir|Rashed",
     "Begum|Akter|Khatun|Rahman|Islam|Hossain|Uddin|Ahmed|Chowdhury|Miah|Sarker|Alam|Khan|"
     "Talukder",
     "Ruma|Mitu|Shumi|Poly", "family|work|long_term_resident|citizen", false},
    {"PK", "ur|pa|en",
     "Ayesha|Aisha|Fatima|Saima|Nazia|Rabia|Sadia|Shazia|Mehwish|Iqra|Asma|Bushra|Hina|Sana|"
     "Kiran|Amna",
     "Muhammad|Mohammad|Imran|Asif|Tariq|Usman|Bilal|Zubair",
     "Khan|Ahmed|Hussain|Malik|Butt|Chaudhry|Qureshi|Sheikh|Iqbal|Javed|Raza|Shah|Akhtar|Mirza|"
     "Bibi",
     "Ashi|Fati|Sunny|Annie", "family|family|work|long_term_resident|citizen", false},
    {"NG", "en|pcm|yo|ig",
     "Chioma|Ngozi|Blessing|Funmilayo|Adaeze|Oluwaseun|Precious|Chiamaka|Folake|Amaka|Nkechi|"
     "Bisola|Joy|Favour|Ifeoma|Temitope",
     "Chukwuemeka|Oluwaseun|Emmanuel|Tunde|Ifeanyi|Samuel|Babatunde|Uche",
     "Okafor|Adeyemi|Okonkwo|Eze|Nwosu|Adebayo|Ogunleye|Obi|Okoro|Balogun|Onyekachi|Uzor|Osagie|"
     "Ighodaro|Edosomwan|Omoregie",
     "Chi|Ngo|Funmi|Seun|Ada|Bisi|Temi",
     "asylum_seeker|special_protection|family|work|refugee|none", false},
    {"GH", "ak|en|ee|gaa",
     "Akosua|Abena|Ama|Efua|Adwoa|Yaa|Afua|Akua|Esi|Grace|Comfort|Gifty|Mercy|Patience",
     "Kwame|Kofi|Kwabena|Yaw|Kwaku|Emmanuel",
     "Mensah|Owusu|Boateng|Asante|Osei|Appiah|Agyeman|Amoah|Darko|Ofori|Acheampong|Addo|Quaye|"
     "Tetteh",
     "Akos|Abby|Efe", "family|work|long_term_resident|citizen", false},
    {"SR", "nl|jv|en",
     "Shanti|Revati|Sharda|Jennifer|Ingrid|Marisca|Chandra|Kavita|Sandra|Gerda|Ratna|Sarita",
     "Ramon|Ricardo|Radjesh|Glenn|Orlando|Sunil",
     "Ramdin|Jagessar|Pinas|Sitaram|Kromodimedjo|Biharie|Doekhie|Amatstam|Wongsodikromo|Lachmon|"
     "Sabajo|Ramsaran|Naarden",
     "Shan|Ria|Sandy", "citizen|citizen|citizen|long_term_resident", false},
    {"TR", "tr|ku",
     "Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Merve|Hülya|Songül|Gülsüm|Özlem|Sevgi|Derya|Şükran",
     "Mehmet|Mustafa|Ahmet|Hüseyin|Hasan|İbrahim|Murat|Yusuf",
     "Yılmaz|Kaya|Demir|Çelik|Şahin|Yıldız|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|"
     "Koç|Kurt",
     "Ayşo|Zeyno|Elo", "family|long_term_resident|citizen|work", false},
    {"AF", "fa|ps|en",
     "Zahra|Maryam|Soraya|Fariba|Shabnam|Parwana|Mahbooba|Nargis|Freshta|Hamida|Sima|Zarghona|"
     "Roya|Marzia",
     "Ahmad|Mohammad|Abdul Rahim|Hamid|Najib|Farid|Rahmatullah|Ali Reza",
     "Ahmadi|Hakimi|Rahimi|Sultani|Hosseini|Mohammadi|Noori|Karimi|Rezaei|Amiri|Sadat|Haidari|"
     "Jafari|Popal|Wardak",
     "Zari|Mimi", "refugee|subsidiary_protection|asylum_seeker|family|refugee", false},
    {"VN", "vi",
     "Thị Lan|Thi Lan|Thị Hương|Thu Trang|Ngọc Anh|Thị Mai|Thanh Hà|Hồng Nhung|Phương Linh|"
     "Thi Hoa|Minh Thư",
     "Văn Hùng|Van Hung|Minh Tuấn|Quang Huy|Đức Anh",
     "Nguyễn|Nguyen|Trần|Tran|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ", "Lan|Mai|Linh|Kim",
     "family|work|long_term_resident|citizen", false},
};

const City kCities[] = {
    {"San Siro",
     "Milano",
     "MI-SS",
     "IT",
     "it",
     "",
     "Samira El Khatib|Francesca Rinaldi|Laura Colombo|Giulia Ferrari",
     "EG*20|MA*14|PH*16|PE*12|CN*11|LK*9|SN*8|EC*6|UA*4",
     "San Siro|Quartiere Selinunte|Lotto|QT8|Gallaratese|Baggio|Quarto Cagnino",
     "Via Zamagna|Via Tracia|Via Micene|Via Abbiati|Via Paravia|Via Ricciarelli|Via Preneste|"
     "Piazzale Selinunte|Via Maratta|Via Civitali|Via Mar Jonio|Via Gigante|Via Novara|Via Harar|"
     "Via Dessiè|Via Aretusa",
     "20148",
     "+39 3## ### ####",
     "+39 02 #### ####",
     "Sportello San Siro, Via Abbiati 4|Biblioteca Harar|Casa di quartiere Selinunte|"
     "Centro civico Municipio 7|Sala polifunzionale Via Preneste|Mercato comunale Selinunte",
     "Associazione Donne del Mondo|Cooperativa sociale Il Ponte|Comitato inquilini Selinunte|"
     "Scuola popolare San Siro|Parrocchia San Giovanni Bosco",
     "Gruppo donne: empowerment|Italiano L2|Formazione: assistente familiare|"
     "Orientamento al lavoro|Fare impresa al femminile|Alla scoperta di Milano|"
     "Gruppo di mutuo aiuto|Mentoring tra donne|Laboratorio di cucito creativo",
     "Attestato di qualifica ASA|Certificazione CILS|Attestato di frequenza",
     "Pulizie|Pulizie %1 S.r.l.|Ristorazione|Trattoria %1|Assistenza domiciliare|"
     "Cooperativa sociale %1|Logistica|%1 Logistica S.p.A.|Commercio|Supermercato %1|"
     "Sartoria|Sartoria %1|Alberghiero|Hotel %1|Assistenza agli anziani|Residenza %1|"
     "Panificazione|Panificio %1",
     "Brambilla|Colombo|Galli|Fumagalli|Villa|Rossi|Bianchi|Ferrari|Sala|Mariani|Cattaneo|Ricci|"
     "Lombardi|Moretti",
     "Paola|Chiara|Marco|Luca|Elena|Roberta|Stefano|Silvia"},
    {"Raval",
     "Barcelona",
     "BA-RA",
     "ES",
     "es",
     "bcn",
     "Nuria Puig Soler|Marta García López",
     "PK*28|PH*22|MA*18|BD*16|EC*6|PE*5|SN*5",
     "El Raval|Sant Antoni|Poble-sec|El Gòtic|Sant Pere",
     "Carrer de Sant Pau|Carrer de l'Hospital|Rambla del Raval|Carrer de la Riereta|"
     "Carrer d'en Robador|Carrer de Joaquín Costa|Carrer del Carme|Carrer de Sant Bartomeu|"
     "Carrer de la Cera|Carrer de les Tàpies|Carrer de Sant Rafael|Carrer del Marquès de Barberà",
     "08001",
     "+34 6## ### ###",
     "+34 93 ### ## ##",
     "Punt Raval, Carrer de Sant Pau 58|Biblioteca Sant Pau-Santa Creu|Casal de barri Raval|"
     "Centre cívic Drassanes|Espai Jove Raval",
     "Associació Dones del Món|Fundació Raval Solidari|Casal d'Infants del Raval|"
     "Associació Pakistanesa de Barcelona|Escola d'adults Raval",
     "Grupo de empoderamiento|Castellano para mujeres|Formación: atención sociosanitaria|"
     "Orientación laboral|Emprender en femenino|Conocer Barcelona|Aprendizaje entre iguales|"
     "Mentoría|Taller de arte comunitario",
     "Certificado de profesionalidad SSCS0208|Certificado DELE|Certificado de asistencia",
     "Limpieza|Limpiezas %1 S.L.|Hostelería|Restaurante Can %1|Cuidados|Cuidados %1|"
     "Comercio|Supermercados %1|Logística|Transportes %1 S.A.|Hotelería|Hotel %1 Barcelona|"
     "Confección|Tallers %1|Alimentación|Forn %1",
     "Puig|Soler|Vidal|Ferrer|Martínez|García|Pujol|Serra|Font|Roca|Casals|Sala",
     "Montse|Jordi|Laia|Carme|Xavier|Anna|Pere|Núria"},
    {"Zuidoost",
     "Amsterdam",
     "AM-ZU",
     "NL",
     "nl",
     "ams",
     "Sanne de Vries|Esther Mensah-Boateng",
     "SR*26|GH*22|NG*12|MA*11|TR*9|ER*9|SO*6|VN*5",
     "Bijlmer-Centrum|Bijlmer-Oost|Gaasperdam|Holendrecht|Reigersbos|Venserpolder|Driemond",
     "Bijlmerplein|Ganzenhoef|Kraaiennest|Hoogoord|Kikkenstein|Kelbergen|Florijn|Karspeldreef|"
     "Develstein|Daalwijkdreef|Anton de Komplein|Hakfort",
     "1102",
     "+31 6 #### ####",
     "+31 20 ### ####",
     "Loket Zuidoost, Bijlmerplein 12|Bibliotheek Reigersbos|Buurthuis Kraaiennest|"
     "Huis van de Wijk Bijlmer-Oost|CBK Zuidoost",
     "Stichting Vrouwen Zuidoost|Buurtvaders Bijlmer|Ghanese Vrouwenvereniging|"
     "Surinaamse Moedervereniging|Kinderhuis Kraaiennest",
     "Empowermentgroep Vrouwen|Nederlands (NT2)|Opleiding: helpende zorg en welzijn|"
     "Oriëntatie op werk|Eigen onderneming starten|Ontdek Amsterdam|Leren van elkaar|"
     "Mentorprogramma|Kunstatelier",
     "MBO-certificaat Helpende Zorg en Welzijn|Staatsexamen NT2|Certificaat van deelname",
     "Schoonmaak|%1 Schoonmaak B.V.|Zorg|Zorggroep %1|Horeca|Eetcafé %1|Detailhandel|"
     "Supermarkt %1|Logistiek|%1 Logistiek B.V.|Kinderopvang|Kinderopvang %1|Hotel|"
     "Hotel %1 Amsterdam",
     "de Vries|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos|Vos|Peters|Hendriks",
     "Marieke|Jeroen|Sanne|Bas|Anouk|Pieter|Lotte|Daan"},
    {"Rosengård",
     "Malmö",
     "MA-RO",
     "SE",
     "sv",
     "mal",
     "Anna Lindqvist|Leyla Haddad",
     "SY*24|IQ*20|SO*14|AF*14|UA*12|ER*6|TR*5|BD*5",
     "Rosengård|Herrgården|Törnrosen|Apelgården|Kryddgården|Hermodsdal|Seved|Lindängen",
     "Amiralsgatan|Ramels väg|Von Rosens väg|Bennets väg|Ögårdsplan|Västra Kattarpsvägen|"
     "Sevedsgatan|Lönngatan|Kryddgårdsvägen|Apelgårdsgatan|Persborgstorget",
     "213 66",
     "+46 7# ### ## ##",
     "+46 40 ## ## ##",
     "Kontor Rosengård, Amiralsgatan 20|Rosengårds bibliotek|Mötesplats Rosengård|"
     "Folkets hus Rosengård|Garaget, Lönngatan 30",
     "Kvinnoföreningen Rosengård|Studieförbundet Vuxenskolan|Somaliska föreningen i Malmö|"
     "Röda Korset Malmö|Fritidsgården Rosengård",
     "Stärkande kvinnogrupp|Svenska för invandrare (SFI)|Yrkesutbildning: barnskötare|"
     "Vägledning till arbete|Starta eget|Upptäck Malmö|Kamratlärande|Mentorskap|Konstverkstad",
     "Yrkesbevis barnskötare|SFI-betyg|Kursintyg",
     "Städ|%1 Städ AB|Vård och omsorg|%1 Omsorg AB|Restaurang|Restaurang %1|Handel|%1 Livs|"
     "Logistik|%1 Transport AB|Förskola|Förskolan %1",
     "Andersson|Johansson|Nilsson|Persson|Larsson|Olsson|Lindberg|Håkansson|Bengtsson|Lindqvist|"
     "Svensson|Mårtensson",
     "Karin|Erik|Maria|Johan|Lena|Anders|Sara|Lars"},
};

const Domain kDomains[] = {
    {"language", "need_language", "mediation", "education"},
    {"work", "need_work", "job_coaching", "employment"},
    {"housing", "need_housing", "social", "housing"},
    {"legal", "need_legal", "legal", "legal"},
    {"health", "need_health", "health", "health"},
    {"childcare", "need_childcare", "social", "education"},
    {"digital", "need_digital", "orientation", "education"},
    {"social_network", "need_social", "psychological", "sport_leisure"},
    {"income", "need_income", "social", "social"},
};

static_assert(std::size(kDomains) == std::tuple_size_v<Needs>);

const Project kProjects[] = {
    {"Women4Integration", "European Commission – AMIF", "2025-01-01", "2026-12-31",
     "Milano (San Siro), Barcelona (Raval), Amsterdam (Zuidoost), Malmö (Rosengård)",
     "Empowerment paths, individual support, orientation to local services, training and job "
     "placement for migrant women, with the engagement of local employers.",
     "people_reached:300|women_share_pct:80|self_entrepreneurship_women:30|policy_makers:15|"
     "associations:15|officials:20|citizens_surveyed:350|event_attendance:2000|"
     "campaign_reach:20000"},
    {"Femminili Plurali", "Regione Piemonte – FSE+", "2025-03-01", "2026-09-30",
     "Orbassano, Rivalta di Torino, Piossasco; pilot at Milano San Siro",
     "Community desks, group and personal job orientation with vouchers and internships, "
     "self-entrepreneurship training.",
     "people_reached:120|women_share_pct:80|placements:25|hours_delivered:800|completions:60|"
     "self_entrepreneurship_women:30"},
};

const Service kServices[] = {
    {0, "health", "Consultorio familiare Ricciarelli", "Via Ricciarelli 22"},
    {0, "health", "Ambulatorio medico di quartiere", "Via Paravia 60"},
    {0, "health", "Centro vaccinale Milano Ovest", "Via Novara 3"},
    {0, "education", "CPIA – Italiano per stranieri", "Via Dessiè 8"},
    {0, "education", "Scuola dell'infanzia Via Micene", "Via Micene 27"},
    {0, "education", "Biblioteca Harar", "Via Albenga 2"},
    {0, "social", "Servizio sociale territoriale Municipio 7", "Via Anselmo da Baggio 55"},
    {0, "social", "Centro di ascolto Selinunte", "Piazzale Selinunte 1"},
    {0, "housing", "Agenzia sociale per la locazione", "Via Tracia 5"},
    {0, "housing", "Casa di accoglienza per donne e bambini", "Via Gigante 14"},
    {0, "legal", "Sportello legale per cittadini stranieri", "Via Zamagna 9"},
    {0, "legal", "Centro antiviolenza Milano Ovest", "Via Civitali 30"},
    {0, "transport", "Punto abbonamenti agevolati Lotto", "Piazzale Lotto 2"},
    {0, "sport_leisure", "Piscina comunale Lido", "Piazzale Lotto 15"},
    {0, "sport_leisure", "Palestra popolare San Siro", "Via Micene 11"},
    {0, "employment", "Centro per l'impiego Milano Ovest", "Via Novara 89"},
    {0, "employment", "Sportello lavoro Municipio 7", "Via Preneste 4"},
    {0, "other", "Emporio solidale di quartiere", "Via Maratta 7"},
    {1, "health", "CAP Raval Sud", "Carrer de les Floristes de la Rambla 1"},
    {1, "health", "Atenció a la salut sexual i reproductiva (ASSIR)", "Carrer del Carme 52"},
    {1, "education", "Escola d'adults – Castellà i català", "Carrer de la Riereta 4"},
    {1, "education", "Escola bressol municipal El Raval", "Carrer de Sant Bartomeu 8"},
    {1, "social", "Centre de Serveis Socials Raval Nord", "Carrer de la Cera 1"},
    {1, "social", "Punt d'Informació i Atenció a les Dones", "Carrer de l'Hospital 56"},
    {1, "housing", "Oficina de l'Habitatge Ciutat Vella", "Carrer de Sant Pau 26"},
    {1, "housing", "Casa d'acollida per a dones", "Carrer de Sant Rafael 12"},
    {1, "legal", "Servei d'Orientació Jurídica en Estrangeria", "Carrer de Joaquín Costa 30"},
    {1, "legal", "Servei d'Atenció a Immigrants (SAIER)", "Carrer del Marquès de Barberà 10"},
    {1, "transport", "Oficina de la T-usual bonificada", "Rambla del Raval 20"},
    {1, "sport_leisure", "Poliesportiu Raval", "Carrer de la Cera 50"},
    {1, "employment", "Barcelona Activa – Punt Raval", "Carrer de Sant Pau 74"},
    {1, "employment", "Oficina de Treball Ciutat Vella", "Carrer de les Tàpies 3"},
    {1, "other", "Banc d'aliments de barri", "Carrer d'en Robador 18"},
    {2, "health", "Huisartsenpraktijk Ganzenhoef", "Ganzenhoef 42"},
    {2, "health", "GGD Jeugdgezondheidszorg Zuidoost", "Anton de Komplein 150"},
    {2, "education", "Taalhuis Zuidoost", "Bijlmerplein 93"},
    {2, "education", "Basisschool De Kraaienhof", "Kraaiennest 15"},
    {2, "social", "Buurtteam Zuidoost", "Hoogoord 4"},
    {2, "social", "Maatschappelijk werk Bijlmer", "Florijn 28"},
    {2, "housing", "Woningcorporatie Zuidoost – spreekuur", "Karspeldreef 6"},
    {2, "housing", "Vrouwenopvang Amsterdam – aanmelding", "Develstein 100"},
    {2, "legal", "Juridisch Loket Zuidoost", "Daalwijkdreef 11"},
    {2, "legal", "Vluchtelingenwerk – spreekuur", "Kikkenstein 2"},
    {2, "transport", "GVB Servicepunt Bijlmer Arena", "Hakfort 1"},
    {2, "sport_leisure", "Sporthal Gaasperdam", "Kelbergen 9"},
    {2, "employment", "WerkPlein Zuidoost", "Anton de Komplein 160"},
    {2, "employment", "Werkcentrum Vrouwen", "Bijlmerplein 340"},
    {2, "other", "Voedselbank Zuidoost", "Hoogoord 60"},
    {3, "health", "Vårdcentral Rosengård", "Amiralsgatan 60"},
    {3, "health", "Barnavårdscentral Rosengård", "Ramels väg 3"},
    {3, "education", "SFI Malmö – Rosengård", "Von Rosens väg 1"},
    {3, "education", "Rosengårdsskolan", "Bennets väg 24"},
    {3, "social", "Socialtjänsten Öster", "Ögårdsplan 4"},
    {3, "social", "Familjecentral Rosengård", "Kryddgårdsvägen 12"},
    {3, "housing", "Bostadssociala enheten", "Sevedsgatan 9"},
    {3, "housing", "Kvinnojouren Malmö", "Lönngatan 5"},
    {3, "legal", "Rättighetscentrum – migrationsrådgivning", "Persborgstorget 2"},
    {3, "legal", "Juridisk rådgivning för kvinnor", "Apelgårdsgatan 16"},
    {3, "transport", "Skånetrafiken kundcenter", "Västra Kattarpsvägen 1"},
    {3, "sport_leisure", "Rosengårds idrottshall", "Ramels väg 40"},
    {3, "employment", "Arbetsförmedlingen Malmö Öster", "Amiralsgatan 20"},
    {3, "employment", "Jobbcentrum Rosengård", "Von Rosens väg 9"},
    {3, "other", "Matbanken Rosengård", "Bennets väg 2"},
};

struct Keyed
{
    const char* key;
    const char* list;
};

const Keyed kInterventionNotes[] = {
    {"legal", "Explained the permit renewal procedure and the documents needed.|"
              "Helped book an appointment for the permit renewal.|"
              "Reviewed the family reunification file with her.|"
              "Passed the question on the asylum appeal to the partner lawyer."},
    {"psychological", "Individual support session; agreed to meet again in two weeks.|"
                      "Follow-up session; she reports sleeping better.|"
                      "First interview with the psychologist; plan agreed."},
    {"social", "Checked eligibility for the housing allowance.|"
               "Helped apply for the reduced school canteen fee.|"
               "Discussed the family budget and the benefits available."},
    {"mediation", "Accompanied her to the school meeting as mediator.|"
                  "Interpreted at the appointment with the family doctor.|"
                  "Translated a letter from the tax office together."},
    {"orientation", "Explained how to register with a family doctor.|"
                    "Showed how to buy the reduced public transport pass.|"
                    "Visited the library together; she registered for a card."},
    {"job_coaching", "Updated the CV and prepared a cover letter.|Practised a job interview.|"
                     "Searched vacancies together on the employment portal.|"
                     "Discussed the internship offer and the working hours."},
    {"health", "Helped book a screening appointment.|"
               "Accompanied her to the family planning clinic.|"
               "Explained the vaccination schedule for the children."},
};

const Keyed kGoals[] = {
    {"language",
     "Reach level A2 in the local language|Pass the language test needed for the permit"},
    {"work", "Find a job or an internship|Write a CV and register with the employment service"},
    {"housing", "Find stable housing|Apply for social housing"},
    {"legal", "Renew the residence permit|Complete the family reunification file"},
    {"health", "Register with a family doctor|Complete the health screening"},
    {"childcare", "Find a nursery place for the youngest child|Arrange after-school care"},
    {"digital", "Open an e-mail account and get a digital identity|Use the public service portals"},
    {"social_network", "Join a women's group in the neighbourhood|Take part in a monthly activity"},
    {"income", "Apply for the income support she is entitled to|Open a bank account"},
};

const Keyed kReferralReasons[] = {
    {"health", "Registration with a family doctor|Pregnancy follow-up|Health screening"},
    {"education", "Language course enrolment|Nursery place for the child|Adult education"},
    {"social", "Assessment by the social worker|Support with benefits"},
    {"housing", "Search for housing|Emergency accommodation"},
    {"legal", "Advice on the residence permit|Advice on family reunification|Protection"},
    {"transport", "Reduced public transport pass"},
    {"sport_leisure", "Sport activity for women|Summer activities for the children"},
    {"employment", "Registration as a job seeker|Job-search support"},
    {"other", "Food support|Second-hand clothes and school supplies"},
};

const Keyed kEligibility[] = {
    {"health", "Everyone, with or without a permit"},
    {"education", "Adults over 16 living in the city"},
    {"social", "Residents of the district"},
    {"housing", "Women alone or with children; by appointment"},
    {"legal", "Free for people on low incomes"},
    {"transport", "Residents with a low income"},
    {"sport_leisure", "Open to all; reduced fees on request"},
    {"employment", "Job seekers of working age"},
    {"other", "Families referred by a social worker or desk"},
};

const Keyed kPathTopics[] = {
    {"empowerment_group", "Getting to know each other|My strengths|Rights and services|"
                          "Time for me|Speaking up|Looking ahead"},
    {"language_course", "Introducing yourself|At the doctor's|Shopping|At school|"
                        "Looking for a job|Public offices|Review and practice"},
    {"vocational_training", "Safety at work|Care of the elderly|Hygiene|First aid|"
                            "Communication with families|Work placement review"},
    {"job_orientation", "Skills review|The CV|The job interview|Contracts and rights|"
                        "Searching online"},
    {"self_entrepreneurship", "The business idea|Market and customers|Costs and prices|"
                              "Legal forms|Funding and microcredit|The business plan"},
    {"city_visit", "The city centre|Museums|Public offices|Parks and libraries"},
    {"peer_learning", "Sharing experiences|Children and school|Health and well-being|"
                      "Money matters"},
    {"mentoring", "First meeting|Goals|Progress review|Closing meeting"},
    {"art_workshop", "Drawing|Textiles|Photography|Mural|Exhibition preparation"},
};

const Keyed kEventNames[] = {
    {"community_desk", "Community desk open morning|Community desk: help with forms"},
    {"open_day", "Open day at the desk|Welcome day for new participants"},
    {"awareness_campaign", "Campaign: women at work|Campaign: your rights, your services"},
    {"city_visit", "Visit to the city museum|Guided walk in the city centre"},
    {"workshop", "Workshop: rights at work|Workshop: managing the family budget"},
    {"public_event", "Neighbourhood festival|International Women's Day"},
    {"other", "Meeting with local associations|Co-design table with the municipality"},
};

const Keyed kEngagementNotes[] = {
    {"awareness_meeting", "Presented the programme to the HR manager."},
    {"diversity_support", "Workshop on inclusive recruitment with the team leaders."},
    {"vacancy_shared", "They shared a vacancy for two positions."},
    {"visit", "Visited the workplace with a group of participants."},
    {"other", "Phone call to follow up on the placements."},
};

const char* lookup(std::span<const Keyed> table, const char* key)
{
    for (const Keyed& k : table) {
        if (std::strcmp(k.key, key) == 0) return k.list;
    }
    return "";
}

} // namespace

QString Rng::uuid()
{
    // Eight uuids a millisecond: a demo of 100,000 people spans a few minutes.
    constexpr qint64 kFirstUnixMs = 1735689600000; // 2025-01-01T00:00:00Z
    const quint64 random1 = next(), random2 = next();
    return m_uuids.next(kFirstUnixMs + m_uuidsDrawn++ / 8, random1, random2);
}

const QStringList& Draws::items(const char* list)
{
    auto it = m_lists.find(list);
    if (it != m_lists.end()) return it->second;
    QStringList all;
    for (const QString& item : QString::fromUtf8(list).split(QLatin1Char('|'))) {
        const qsizetype star = item.indexOf(QLatin1Char('*'));
        for (int n = star < 0 ? 1 : item.mid(star + 1).toInt(); n > 0; --n)
            all << (star < 0 ? item : item.left(star));
    }
    return m_lists.emplace(list, std::move(all)).first->second;
}

const QString& Draws::pick(const char* list)
{
    const QStringList& all = items(list);
    return all[below(int(all.size()))];
}

QString Draws::address(const City& city)
{
    return QStringLiteral("%1 %2, %3 %4")
        .arg(pick(city.streets))
        .arg(between(1, 140))
        .arg(QString::fromUtf8(city.postcode), QString::fromUtf8(city.city));
}

QString Draws::phone(const char* pattern)
{
    QString out = QString::fromLatin1(pattern);
    for (QChar& c : out) {
        if (c == QLatin1Char('#')) c = QLatin1Char(char('0' + below(10)));
    }
    return out;
}

const Community& community(QStringView country)
{
    for (const Community& c : kCommunities) {
        if (country == QLatin1StringView(c.country)) return c;
    }
    return kCommunities[0];
}

std::span<const City> cities()
{
    return kCities;
}

std::span<const Service> services()
{
    return kServices;
}

std::span<const Domain> domains()
{
    return kDomains;
}

std::span<const Project> projects()
{
    return kProjects;
}

namespace text {

const char* interventionNotes(const char* kind)
{
    return lookup(kInterventionNotes, kind);
}
const char* goals(const char* domain)
{
    return lookup(kGoals, domain);
}
const char* referralReasons(const char* category)
{
    return lookup(kReferralReasons, category);
}
const char* eligibility(const char* category)
{
    return lookup(kEligibility, category);
}
const char* pathTopics(const char* pathType)
{
    return lookup(kPathTopics, pathType);
}
const char* eventNames(const char* eventType)
{
    return lookup(kEventNames, eventType);
}
const char* engagementNotes(const char* kind)
{
    return lookup(kEngagementNotes, kind);
}

const char* const referralOutcomes =
    "Taken in charge by the service.|Appointment attended.|Placed on the waiting list.|"
    "Support started.";
const char* const referralRefusals =
    "Not eligible.|Did not attend the appointment.|She chose another service.";
const char* const withdrawReasons = "Found work|Moved to another city|Childcare problems|"
                                    "Health reasons|Hours clash with work|Lost contact|"
                                    "Family reasons";
const char* const personNotes = "Prefers appointments in the morning.|"
                                "Needs an interpreter for legal appointments.|"
                                "Available only while the children are at school.|"
                                "Prefers to be contacted by message.|"
                                "Came with a friend who also wants to enrol.";
const char* const serviceHours = "Mon-Fri 9:00-13:00|Mon-Thu 9:00-17:00|Tue and Thu 14:00-18:00|"
                                 "Mon-Fri 8:30-16:30, by appointment|Wed 10:00-13:00";
const char* const placementNotes = "Hired after the placement.|"
                                   "Completed; positive evaluation from the tutor.|"
                                   "Interrupted: hours incompatible with childcare.";
const char* const businessIdeas =
    "Catering for events with dishes from home|Tailoring and alterations shop|"
    "Hair braiding and beauty salon|Home cleaning cooperative|Online shop of handmade jewellery|"
    "Childminding at home|Translation and interpreting services|Spice and grocery stall|"
    "Henna and make-up for weddings|Bakery of flatbreads and sweets";
const char* const ventureSupport =
    "Business plan reviewed with the mentor.|Helped to open a VAT number.|"
    "Introduced to the microcredit desk.|Market stall permit application supported.|"
    "Two sessions on pricing and bookkeeping.";
const char* const otherTrainers = "Cultural mediator|Volunteer tutor|Psychologist|"
                                  "Trainer from the partner association";

} // namespace text

} // namespace percorsi::demo
