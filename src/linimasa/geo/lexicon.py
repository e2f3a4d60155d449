"""Hand-written lexicon of place names as Indonesian news writes them.

Written for linimasa (not copied from any data set). CLDR / ISO names come from the build sources;
this file adds what they lack: short forms and news spellings of countries, nicknames used as
synonyms ("Negeri Paman Sam"), demonym-like modifiers, capitals in their Indonesian spelling, and
famous regions (with the country that news convention assigns them and a note when disputed).

``scripts/build_gazetteer.py`` compiles it into the packaged gazetteer; at run time only the
demonym table is read directly from here.
"""

from __future__ import annotations

# ISO 3166-1 alpha-2 -> extra names (Indonesian news forms, short forms, English wire forms).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "ID": ("Indonesia", "RI", "Republik Indonesia", "NKRI", "Negara Kesatuan Republik Indonesia"),
    "US": ("Amerika Serikat", "AS", "Amerika", "USA", "United States of America", "Negeri Paman Sam", "Paman Sam"),
    "GB": ("Inggris", "Britania Raya", "Britania", "Kerajaan Inggris", "Kerajaan Bersatu", "UK", "Great Britain",
           "Negeri Ratu Elizabeth"),
    "RU": ("Rusia", "Federasi Rusia", "Russia", "Negeri Beruang Merah"),
    "FR": ("Prancis", "Perancis", "France", "Negeri Menara Eiffel"),
    "CN": ("Tiongkok", "China", "Cina", "RRT", "RRC", "Republik Rakyat Tiongkok", "Republik Rakyat China",
           "Negeri Tirai Bambu"),
    "KP": ("Korea Utara", "Korut", "Republik Demokratik Rakyat Korea", "RRDK"),
    "KR": ("Korea Selatan", "Korsel", "Republik Korea", "Negeri Ginseng"),
    "DE": ("Jerman", "Germany", "Negeri Panser"),
    "NL": ("Belanda", "Netherlands", "Negeri Kincir Angin"),
    "JP": ("Jepang", "Japan", "Negeri Sakura", "Negeri Matahari Terbit"),
    "SA": ("Arab Saudi", "Saudi Arabia", "Kerajaan Arab Saudi"),
    "EG": ("Mesir", "Egypt", "Negeri Piramida"),
    "TR": ("Turki", "Turkiye", "Türkiye", "Turkey"),
    "IR": ("Iran", "Republik Islam Iran"),
    "IQ": ("Irak", "Iraq"),
    "SY": ("Suriah", "Syria", "Siria"),
    "JO": ("Yordania", "Jordan"),
    "PS": ("Palestina", "Palestine", "Negara Palestina"),
    "IL": ("Israel", "Negeri Zionis"),
    "LB": ("Libanon", "Lebanon"),
    "YE": ("Yaman", "Yemen"),
    "AF": ("Afghanistan", "Afganistan"),
    "PK": ("Pakistan",),
    "IN": ("India", "Negeri Hindustan", "Hindustan"),
    "MM": ("Myanmar", "Burma", "Birma", "Negeri Seribu Pagoda"),
    "TH": ("Thailand", "Negeri Gajah Putih", "Muangthai"),
    "PH": ("Filipina", "Philippines"),
    "MY": ("Malaysia", "Negeri Jiran"),
    "SG": ("Singapura", "Singapore", "Negeri Singa"),
    "TL": ("Timor Leste", "Timor-Leste", "Timor Lorosae", "East Timor"),
    "NZ": ("Selandia Baru", "New Zealand", "Negeri Kiwi"),
    "AU": ("Australia", "Negeri Kanguru"),
    "UA": ("Ukraina", "Ukraine"),
    "BY": ("Belarus", "Belarusia"),
    "AZ": ("Azerbaijan", "Azerbaijan Republic"),
    "AM": ("Armenia",),
    "GE": ("Georgia",),
    "SD": ("Sudan",),
    "SS": ("Sudan Selatan", "South Sudan"),
    "SO": ("Somalia",),
    "ET": ("Ethiopia", "Etiopia"),
    "NG": ("Nigeria",),
    "AE": ("Uni Emirat Arab", "UEA", "UAE", "United Arab Emirates", "Emirat Arab"),
    "QA": ("Qatar", "Katar"),
    "KW": ("Kuwait",),
    "BH": ("Bahrain",),
    "OM": ("Oman",),
    "CZ": ("Ceko", "Republik Ceko", "Czech"),
    "CD": ("Kongo", "Republik Demokratik Kongo", "RD Kongo", "DR Congo"),
    "CG": ("Republik Kongo",),
    "VN": ("Vietnam",),
    "KH": ("Kamboja", "Cambodia"),
    "LA": ("Laos",),
    "BN": ("Brunei", "Brunei Darussalam"),
    "PG": ("Papua Nugini", "PNG", "Papua New Guinea"),
    "IT": ("Italia", "Italy", "Negeri Pizza"),
    "ES": ("Spanyol", "Spain", "Negeri Matador"),
    "PT": ("Portugal",),
    "GR": ("Yunani", "Greece"),
    "CH": ("Swiss", "Switzerland"),
    "SE": ("Swedia", "Sweden"),
    "NO": ("Norwegia", "Norway"),
    "FI": ("Finlandia", "Finland"),
    "DK": ("Denmark",),
    "PL": ("Polandia", "Poland"),
    "HU": ("Hongaria", "Hungaria", "Hungary"),
    "RO": ("Rumania", "Romania"),
    "RS": ("Serbia",),
    "HR": ("Kroasia", "Croatia"),
    "BA": ("Bosnia", "Bosnia Herzegovina", "Bosnia-Herzegovina"),
    "BE": ("Belgia", "Belgium"),
    "IE": ("Irlandia", "Ireland"),
    "MX": ("Meksiko", "Mexico"),
    "BR": ("Brasil", "Brazil", "Negeri Samba"),
    "AR": ("Argentina", "Negeri Tango"),
    "CL": ("Chili", "Cile", "Chile"),
    "CO": ("Kolombia", "Colombia"),
    "CU": ("Kuba", "Cuba"),
    "CA": ("Kanada", "Canada"),
    "ZA": ("Afrika Selatan", "Afsel", "South Africa"),
    "MA": ("Maroko", "Morocco"),
    "DZ": ("Aljazair", "Algeria"),
    "TN": ("Tunisia",),
    "LY": ("Libya",),
    "KE": ("Kenya",),
    "VA": ("Vatikan", "Vatican", "Takhta Suci"),
    "TW": ("Taiwan",),
    "HK": ("Hong Kong",),
    "MO": ("Makau", "Macau", "Macao"),
    "MK": ("Makedonia Utara", "Makedonia", "North Macedonia"),
    "CI": ("Pantai Gading", "Ivory Coast", "Cote d'Ivoire"),
    "XK": ("Kosovo",),
    "MD": ("Moldova", "Moldavia"),
    "KZ": ("Kazakhstan", "Kazakstan"),
    "UZ": ("Uzbekistan",),
    "KG": ("Kirgistan", "Kirgizstan", "Kyrgyzstan"),
    "TJ": ("Tajikistan",),
    "TM": ("Turkmenistan",),
    "MN": ("Mongolia",),
    "NP": ("Nepal",),
    "BD": ("Bangladesh",),
    "LK": ("Sri Lanka",),
    "ML": ("Mali",),
    "NE": ("Niger",),
    "TD": ("Chad", "Cad"),
    "CF": ("Republik Afrika Tengah", "Afrika Tengah"),
    "EH": ("Sahara Barat",),
}

# Names of ISO codes pycountry does not know (Kosovo): (english name, indonesian name).
EXTRA_COUNTRIES: dict[str, tuple[str, str]] = {"XK": ("Kosovo", "Kosovo")}

# Modifiers that name a country without being its usual name ("warga Amerika", "pasukan Arab").
# In Indonesian the demonym is normally the country name itself, so most lookups go through the
# country names; these are the exceptions plus English demonyms seen in translated wire copy.
DEMONYMS: dict[str, str] = {
    "Amerika": "US", "Arab": "SA", "Saudi": "SA", "Britania": "GB", "Korea": "KR", "Tionghoa": "CN",
    "Kongo": "CD", "Emirat": "AE",
    "American": "US", "British": "GB", "Russian": "RU", "Chinese": "CN", "Israeli": "IL",
    "Palestinian": "PS", "Ukrainian": "UA", "Iranian": "IR", "Iraqi": "IQ", "Syrian": "SY",
    "Turkish": "TR", "Japanese": "JP", "Korean": "KR", "French": "FR", "German": "DE",
    "Armenian": "AM", "Azerbaijani": "AZ", "Azeri": "AZ", "Indian": "IN", "Pakistani": "PK",
    "Afghan": "AF", "Indonesian": "ID", "Malaysian": "MY", "Australian": "AU", "Egyptian": "EG",
    "Saudi Arabian": "SA", "Lebanese": "LB", "Yemeni": "YE", "Sudanese": "SD", "Somali": "SO",
    "Ethiopian": "ET", "Nigerian": "NG", "Filipino": "PH", "Thai": "TH", "Burmese": "MM",
    "Vietnamese": "VN", "Georgian": "GE", "Belarusian": "BY",
}

# Capitals and other big cities in their Indonesian news spelling -> (ISO2, name in GeoNames).
CITY_ALIASES: dict[str, tuple[str, str]] = {
    "Moskow": ("RU", "Moscow"), "Moskwa": ("RU", "Moscow"), "Beijing": ("CN", "Beijing"),
    "Peking": ("CN", "Beijing"), "Washington": ("US", "Washington, D.C."),
    "Washington DC": ("US", "Washington, D.C."), "Washington D.C.": ("US", "Washington, D.C."),
    "Den Haag": ("NL", "The Hague"), "Kairo": ("EG", "Cairo"), "Teheran": ("IR", "Tehran"),
    "Bagdad": ("IQ", "Baghdad"), "Damaskus": ("SY", "Damascus"), "Yerusalem": ("IL", "Jerusalem"),
    "Baitulmaqdis": ("IL", "Jerusalem"), "Tel Aviv": ("IL", "Tel Aviv"), "Beirut": ("LB", "Beirut"),
    "Amman": ("JO", "Amman"), "Sanaa": ("YE", "Sanaa"), "Kabul": ("AF", "Kabul"),
    "Islamabad": ("PK", "Islamabad"), "New Delhi": ("IN", "New Delhi"), "Naypyidaw": ("MM", "Nay Pyi Taw"),
    "Yangon": ("MM", "Yangon"), "Rangoon": ("MM", "Yangon"), "Bangkok": ("TH", "Bangkok"), "Manila": ("PH", "Manila"),
    "Kuala Lumpur": ("MY", "Kuala Lumpur"), "Putrajaya": ("MY", "Putrajaya"), "Dili": ("TL", "Dili"),
    "Wellington": ("NZ", "Wellington"), "Canberra": ("AU", "Canberra"), "Kyiv": ("UA", "Kyiv"),
    "Kiev": ("UA", "Kyiv"), "Minsk": ("BY", "Minsk"), "Baku": ("AZ", "Baku"), "Yerevan": ("AM", "Yerevan"),
    "Tbilisi": ("GE", "Tbilisi"), "Khartoum": ("SD", "Khartoum"), "Juba": ("SS", "Juba"),
    "Mogadishu": ("SO", "Mogadishu"), "Addis Ababa": ("ET", "Addis Ababa"), "Abuja": ("NG", "Abuja"),
    "Ankara": ("TR", "Ankara"), "Istanbul": ("TR", "Istanbul"), "London": ("GB", "London"),
    "Paris": ("FR", "Paris"), "Berlin": ("DE", "Berlin"), "Tokyo": ("JP", "Tokyo"), "Seoul": ("KR", "Seoul"),
    "Pyongyang": ("KP", "Pyongyang"), "Roma": ("IT", "Rome"), "Madrid": ("ES", "Madrid"),
    "Lisabon": ("PT", "Lisbon"), "Athena": ("GR", "Athens"), "Wina": ("AT", "Vienna"), "Jenewa": ("CH", "Geneva"),
    "Brussel": ("BE", "Brussels"), "Warsawa": ("PL", "Warsaw"), "Praha": ("CZ", "Prague"),
    "Kopenhagen": ("DK", "Copenhagen"), "Ottawa": ("CA", "Ottawa"), "Meksiko City": ("MX", "Mexico City"),
    "Hanoi": ("VN", "Hanoi"), "Phnom Penh": ("KH", "Phnom Penh"), "Vientiane": ("LA", "Vientiane"),
    "Dhaka": ("BD", "Dhaka"), "Kathmandu": ("NP", "Kathmandu"), "Kolombo": ("LK", "Colombo"),
    "Doha": ("QA", "Doha"), "Abu Dhabi": ("AE", "Abu Dhabi"), "Dubai": ("AE", "Dubai"),
    "Muskat": ("OM", "Muscat"), "Tripoli": ("LY", "Tripoli"), "Tunis": ("TN", "Tunis"), "Aljir": ("DZ", "Algiers"),
    "Rabat": ("MA", "Rabat"), "Nairobi": ("KE", "Nairobi"), "Pretoria": ("ZA", "Pretoria"),
    "Kinshasa": ("CD", "Kinshasa"), "Havana": ("CU", "Havana"), "Caracas": ("VE", "Caracas"),
    "Bogota": ("CO", "Bogotá"), "Taipei": ("TW", "Taipei"), "Ramallah": ("PS", "Ramallah"),
    "Mekkah": ("SA", "Mecca"), "Makkah": ("SA", "Mecca"), "Mekah": ("SA", "Mecca"), "Madinah": ("SA", "Medina"),
    "Riyadh": ("SA", "Riyadh"), "Jeddah": ("SA", "Jeddah"), "Jedah": ("SA", "Jeddah"),
    "New York": ("US", "New York City"), "Los Angeles": ("US", "Los Angeles"), "Mosul": ("IQ", "Mosul"),
    "Aleppo": ("SY", "Aleppo"), "Homs": ("SY", "Homs"), "Idlib": ("SY", "Idlib"), "Kandahar": ("AF", "Kandahar"),
    "Marawi": ("PH", "Marawi City"), "Kharkiv": ("UA", "Kharkiv"), "Odessa": ("UA", "Odesa"),
    "Mariupol": ("UA", "Mariupol"), "Donetsk": ("UA", "Donetsk"), "Luhansk": ("UA", "Luhansk"),
    "Stepanakert": ("AZ", "Khankendi"), "Shusha": ("AZ", "Shusha"), "Ganja": ("AZ", "Ganja"),
    "Hong Kong": ("HK", "Hong Kong"), "Kota Gaza": ("PS", "Gaza"), "Rafah": ("PS", "Rafah"),
    "Khan Younis": ("PS", "Khan Yunis"), "Jenin": ("PS", "Jenin"), "Nablus": ("PS", "Nablus"),
    "Hebron": ("PS", "Hebron"),
}

# Famous regions: name -> (ISO2 by news convention, GeoNames city used for coordinates or "",
# Indonesian province(s) whose centroid stands for it or "", note). Aliases share a key via REGION_ALIASES.
REGIONS: dict[str, tuple[str, str, str, str]] = {
    "Jalur Gaza": ("PS", "Gaza", "", ""),
    "Tepi Barat": ("PS", "Ramallah", "", "diduduki Israel"),
    "Yerusalem Timur": ("PS", "Jerusalem", "", "diduduki Israel; dianeksasi sepihak"),
    "Dataran Tinggi Golan": ("SY", "Quneitra", "", "diduduki dan dianeksasi sepihak oleh Israel"),
    "Krimea": ("UA", "Simferopol", "", "dianeksasi Rusia 2014; diakui internasional sebagai Ukraina"),
    "Donbas": ("UA", "Donetsk", "", "sebagian dikuasai Rusia"),
    "Kashmir": ("IN", "Srinagar", "", "disengketakan India dan Pakistan; default India (Jammu dan Kashmir)"),
    "Jammu dan Kashmir": ("IN", "Srinagar", "", ""),
    "Azad Kashmir": ("PK", "Muzaffarabad", "", "Kashmir yang dikuasai Pakistan"),
    "Darfur": ("SD", "Al Fāshir", "", ""),
    "Kordofan": ("SD", "El Obeid", "", ""),
    "Rakhine": ("MM", "Sittwe", "", ""),
    "Nagorno-Karabakh": ("AZ", "Khankendi", "", "disengketakan Armenia dan Azerbaijan; diakui sebagai Azerbaijan"),
    "Xinjiang": ("CN", "Ürümqi", "", ""),
    "Tibet": ("CN", "Lhasa", "", ""),
    "Tigray": ("ET", "Mek'ele", "", ""),
    "Kurdistan Irak": ("IQ", "Erbil", "", ""),
    "Semenanjung Sinai": ("EG", "Arish", "", ""),
    "Mindanao": ("PH", "Davao", "", ""),
    "Thailand Selatan": ("TH", "Pattani", "", ""),
    "Pattani": ("TH", "Pattani", "", ""),
    "Balochistan": ("PK", "Quetta", "", ""),
    "Chechnya": ("RU", "Groznyy", "", ""),
    "Abkhazia": ("GE", "Sokhumi", "", "memisahkan diri; diakui internasional sebagai Georgia"),
    "Ossetia Selatan": ("GE", "Tskhinvali", "", "memisahkan diri; diakui internasional sebagai Georgia"),
    "Transnistria": ("MD", "Tiraspol", "", "memisahkan diri; diakui internasional sebagai Moldova"),
    "Zaporizhzhia": ("UA", "Zaporizhzhia", "", ""),
    "Kherson": ("UA", "Kherson", "", ""),
    "Jawa": ("ID", "", "Jawa Barat|Jawa Tengah|Jawa Timur", "pulau"),
    "Sumatera": ("ID", "", "Sumatera Utara|Sumatera Barat|Riau|Jambi|Sumatera Selatan", "pulau"),
    "Kalimantan": ("ID", "", "Kalimantan Barat|Kalimantan Tengah|Kalimantan Selatan|Kalimantan Timur", "pulau"),
    "Sulawesi": ("ID", "", "Sulawesi Tengah|Sulawesi Selatan|Sulawesi Tenggara", "pulau"),
    "Lombok": ("ID", "Mataram", "", "pulau"),
    "Madura": ("ID", "Pamekasan", "", "pulau"),
    "Flores": ("ID", "Ende", "", "pulau"),
    "Halmahera": ("ID", "Tobelo", "", "pulau"),
    "Batam": ("ID", "Batam", "", ""),
    "Jabodetabek": ("ID", "Jakarta", "", "Jakarta, Bogor, Depok, Tangerang, Bekasi"),
    "Laut Natuna Utara": ("ID", "Ranai", "", "bagian selatan Laut China Selatan"),
}

REGION_ALIASES: dict[str, str] = {
    "Gaza": "Jalur Gaza", "West Bank": "Tepi Barat", "Golan": "Dataran Tinggi Golan",
    "Crimea": "Krimea", "Krim": "Krimea", "Donbass": "Donbas", "Nagorno Karabakh": "Nagorno-Karabakh",
    "Karabakh": "Nagorno-Karabakh", "Karabagh": "Nagorno-Karabakh", "Artsakh": "Nagorno-Karabakh",
    "Sinai": "Semenanjung Sinai", "Kurdistan": "Kurdistan Irak", "Chechen": "Chechnya",
    "Cechnya": "Chechnya", "Ossetia": "Ossetia Selatan", "Pulau Jawa": "Jawa",
    "Sumatra": "Sumatera", "Pulau Sumatera": "Sumatera", "Borneo": "Kalimantan", "Pulau Lombok": "Lombok",
    "Pulau Madura": "Madura", "Pulau Flores": "Flores", "Baluchistan": "Balochistan",
    "Kashmir India": "Jammu dan Kashmir",
}

# First-level divisions abroad as Indonesian news writes them (ISO 3166-2 code -> forms). The build
# already turns "North X" into "X Utara" and so on; these are the spellings that rule cannot make.
ADMIN1_ABROAD_ALIASES: dict[str, tuple[str, ...]] = {
    "US-CA": ("Kalifornia",), "US-NM": ("Meksiko Baru", "New Meksiko"), "US-HI": ("Hawai",),
    "US-PA": ("Pensilvania",), "CN-NM": ("Mongolia Dalam", "Inner Mongolia"), "DE-BY": ("Bavaria",),
    "AU-NSW": ("Wales Selatan Baru",),
}

# Short everyday names of Indonesian provinces (official name in the Kemendagri list -> aliases).
PROVINCE_ALIASES: dict[str, tuple[str, ...]] = {
    "Daerah Khusus Ibukota Jakarta": ("DKI Jakarta", "DKI", "Jakarta", "Daerah Khusus Jakarta", "Ibu Kota Jakarta"),
    "Daerah Istimewa Yogyakarta": ("DIY", "Yogyakarta", "Jogja", "Yogya", "Jogjakarta", "DI Yogyakarta"),
    "Jawa Barat": ("Jabar",), "Jawa Tengah": ("Jateng",), "Jawa Timur": ("Jatim",),
    "Sumatera Utara": ("Sumut", "Sumatra Utara"), "Sumatera Barat": ("Sumbar", "Sumatra Barat"),
    "Sumatera Selatan": ("Sumsel", "Sumatra Selatan"), "Kepulauan Bangka Belitung": ("Babel", "Bangka Belitung"),
    "Kepulauan Riau": ("Kepri",), "Nusa Tenggara Barat": ("NTB",), "Nusa Tenggara Timur": ("NTT",),
    "Kalimantan Barat": ("Kalbar",), "Kalimantan Tengah": ("Kalteng",), "Kalimantan Selatan": ("Kalsel",),
    "Kalimantan Timur": ("Kaltim",), "Kalimantan Utara": ("Kaltara",), "Sulawesi Utara": ("Sulut",),
    "Sulawesi Tengah": ("Sulteng",), "Sulawesi Selatan": ("Sulsel",), "Sulawesi Tenggara": ("Sultra",),
    "Sulawesi Barat": ("Sulbar",), "Maluku Utara": ("Malut",), "Papua Barat": ("Pabar",),
    "Aceh": ("Nanggroe Aceh Darussalam", "NAD"), "Papua Pegunungan": ("Papua Pegunungan Tengah",),
}

# Regions spanning several countries: no single country by news convention (country left empty).
MULTI_COUNTRY_REGIONS: dict[str, tuple[str, ...]] = {
    "Asia": (), "Eropa": ("Europe",), "Afrika": ("Africa",), "Timur Tengah": ("Middle East",),
    "Asia Tenggara": ("Southeast Asia",), "Asia Timur": (), "Asia Selatan": (), "Asia Tengah": (),
    "Asia Pasifik": ("Asia-Pasifik",), "Eropa Timur": (), "Eropa Barat": (), "Amerika Latin": (),
    "Amerika Utara": (), "Amerika Selatan": (), "Amerika Tengah": (), "Semenanjung Korea": (),
    "Laut China Selatan": ("Laut Cina Selatan", "Laut Tiongkok Selatan", "South China Sea"),
    "Semenanjung Arab": ("Jazirah Arab",), "Teluk Persia": ("Teluk Arab",), "Balkan": (),
    "Kaukasus": ("Kaukasus Selatan",), "Sahel": (), "Tanduk Afrika": (), "Skandinavia": (),
    "Samudra Hindia": ("Samudera Hindia",), "Samudra Pasifik": ("Samudera Pasifik", "Pasifik"),
    "Samudra Atlantik": ("Samudera Atlantik", "Atlantik"), "Laut Mediterania": ("Laut Tengah",),
    "Laut Merah": (), "Laut Hitam": (), "Selat Malaka": (), "Kashmir Raya": (),
}

# Capitalised words that also name some kecamatan or town but, standing alone in Indonesian text,
# are almost always part of another name (streets, organisations, holidays, months, ranks, brands).
_NOT_PLACE_ALONE_TEXT = """
Jaya Merdeka Raya Permata Mulia Makmur Indah Baru Sari Agung Utama Kencana Abadi Sejahtera Bersama
Bahagia Harapan Mandiri Sentosa Lestari Damai Asri Karya Bakti Bhakti Wangi Tugu Pasar Taman Kampung
Simpang Tanjung Kuala Teluk Muara Pulau Gunung Bukit Sungai Danau Laut Kali Air Batang Koto Nagari
Barat Timur Selatan Utara Tengah Pusat Kota Negeri Samudera Samudra Pesantren Semen Marga Amar Mane
Trikora Korem Kodim Koramil Polres Polsek Polda Pratu Serda Kopda Natal Lebaran Imlek Paskah Waisak
Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember
Senin Selasa Rabu Kamis Jumat Sabtu Minggu Ahad Google Toyota Honda Suzuki Yamaha Apple Samsung
Golden University Republic Summit Officer Tour Best Bay Man San Asia Obi Pino Jati Suruh Selo Awang
Bruno Kasi Cukai Amran Yuki Bela Jackson Kendall Damar
"""
NOT_PLACE_ALONE: frozenset[str] = frozenset(_NOT_PLACE_ALONE_TEXT.split())

# Towns that recur in conflict and disaster news, found by scanning text even when small
# (ISO2 -> names as GeoNames spells them). Other foreign towns need 250k people to be scanned alone.
NEWS_TOWNS: dict[str, tuple[str, ...]] = {
    "UA": ("Bakhmut", "Avdiivka", "Kramatorsk", "Sloviansk", "Sievierodonetsk", "Lysychansk", "Bucha", "Irpin",
           "Melitopol", "Berdyansk", "Mykolaiv", "Lviv", "Dnipro", "Sevastopol", "Simferopol", "Kherson",
           "Zaporizhzhia", "Izium", "Pokrovsk"),
    "RU": ("Belgorod", "Kursk", "Grozny"),
    "PS": ("Deir el-Balah", "Beit Lahia", "Jabalia", "Tulkarm", "Bethlehem"),
    "SY": ("Raqqa", "Deir ez-Zor", "Daraa", "Kobani", "Afrin", "Hama", "Latakia", "Tartus", "Douma"),
    "IQ": ("Kirkuk", "Erbil", "Fallujah", "Ramadi", "Basrah", "Tikrit", "Najaf", "Karbala"),
    "YE": ("Aden", "Al Hudaydah", "Ma'rib", "Taiz"),
    "AF": ("Herat", "Mazār-e Sharīf", "Jalālābād", "Kunduz"),
    "PK": ("Peshawar", "Quetta", "Karachi", "Lahore", "Rawalpindi"),
    "IN": ("Srinagar", "Imphal", "Mumbai", "Kolkata"),
    "MM": ("Sittwe", "Mandalay", "Myawadi", "Lashio"),
    "BD": ("Cox's Bazar", "Chittagong"),
    "CD": ("Goma", "Bunia"),
    "SD": ("Omdurman", "Nyala", "Port Sudan", "El Fasher", "Al Fāshir", "El Geneina"),
    "ET": ("Mekele", "Gondar", "Bahir Dar"),
    "LY": ("Benghazi", "Misrata", "Sirte", "Derna"),
    "ML": ("Gao", "Timbuktu", "Kidal"),
    "NG": ("Maiduguri", "Kano"),
    "SO": ("Kismayo", "Baidoa"),
    "PH": ("Cotabato", "Zamboanga", "Jolo", "Davao", "Cebu City"),
    "TH": ("Narathiwat", "Yala", "Chiang Mai", "Phuket"),
    "AZ": ("Ganja", "Shusha", "Lachin", "Barda", "Tartar", "Fuzuli", "Khojaly", "Agdam"),
    "AM": ("Gyumri", "Goris", "Kapan", "Vanadzor", "Jermuk"),
    "IL": ("Haifa", "Ashkelon", "Sderot", "Eilat", "Nazareth"),
    "LB": ("Tyre", "Sidon", "Nabatieh", "Baalbek"),
    "IR": ("Isfahan", "Natanz", "Mashhad", "Tabriz"),
    "TL": ("Baucau",),
    "PG": ("Port Moresby",),
    "MY": ("Johor Bahru", "Kota Kinabalu", "Kuching", "Tawau", "Sandakan", "Penang"),
}

# Everyday names of kabupaten/kota (official Kemendagri name -> aliases used in news).
ADMIN2_ALIASES: dict[str, tuple[str, ...]] = {
    "Kota Surakarta": ("Solo", "Kota Solo"),
    "Kota Yogyakarta": ("Kota Jogja", "Kota Yogya"),
    "Kota Makassar": ("Ujung Pandang",),
    "Kota Administrasi Jakarta Pusat": ("Jakpus",),
    "Kota Administrasi Jakarta Utara": ("Jakut",),
    "Kota Administrasi Jakarta Barat": ("Jakbar",),
    "Kota Administrasi Jakarta Selatan": ("Jaksel",),
    "Kota Administrasi Jakarta Timur": ("Jaktim",),
    "Kota Tangerang Selatan": ("Tangsel",),
    "Kabupaten Kutai Kartanegara": ("Kukar",),
    "Kabupaten Penajam Paser Utara": ("PPU",),
    "Kabupaten Kepulauan Mentawai": ("Mentawai",),
    "Kabupaten Lima Puluh Kota": ("Limapuluh Kota",),
    "Kabupaten Pangkajene dan Kepulauan": ("Pangkep",),
    "Kabupaten Tanjung Jabung Barat": ("Tanjabbar",),
    "Kabupaten Tanjung Jabung Timur": ("Tanjabtim",),
    "Kabupaten Ogan Komering Ilir": ("OKI",),
    "Kabupaten Ogan Komering Ulu": ("OKU",),
    "Kabupaten Hulu Sungai Selatan": ("HSS",),
    "Kabupaten Hulu Sungai Tengah": ("HST",),
    "Kabupaten Hulu Sungai Utara": ("HSU",),
}
