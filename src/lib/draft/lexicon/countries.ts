/**
 * The world's states, one a line: name | capital | adjectives | people | other names.
 * Drafting joins each capital, adjective and other name to its state ("Tokyo",
 * "Japanese" → Japan). Capitals that are also common first names or English
 * words (Victoria, Male, Kingston) are left out, so they cannot pull a person
 * or a sentence's first word into a state.
 */
const table = `
Afghanistan|Kabul|Afghan|Afghans|
Albania|Tirana|Albanian|Albanians|
Algeria|Algiers|Algerian|Algerians|
Andorra||Andorran|Andorrans|
Angola|Luanda|Angolan|Angolans|
Argentina|Buenos Aires|Argentine,Argentinian|Argentines,Argentinians|
Armenia|Yerevan|Armenian|Armenians|
Australia|Canberra|Australian|Australians|
Austria|Vienna|Austrian|Austrians|
Azerbaijan|Baku|Azerbaijani|Azerbaijanis|
Bahrain|Manama|Bahraini|Bahrainis|
Bangladesh|Dhaka|Bangladeshi|Bangladeshis|
Belarus|Minsk|Belarusian|Belarusians|
Belgium||Belgian|Belgians|
Belize|Belmopan|Belizean|Belizeans|
Benin|Porto-Novo|Beninese||
Bhutan|Thimphu|Bhutanese||
Bolivia|La Paz,Sucre|Bolivian|Bolivians|
Bosnia and Herzegovina|Sarajevo|Bosnian|Bosnians|Bosnia
Botswana|Gaborone|Botswanan|Batswana|
Brazil|Brasília,Brasilia|Brazilian|Brazilians|
Brunei||Bruneian|Bruneians|
Bulgaria|Sofia|Bulgarian|Bulgarians|
Burkina Faso|Ouagadougou|Burkinabe,Burkinabè||Burkina
Burundi|Gitega|Burundian|Burundians|
Cambodia|Phnom Penh|Cambodian|Cambodians|
Cameroon|Yaoundé,Yaounde|Cameroonian|Cameroonians|
Canada|Ottawa|Canadian|Canadians|
Cape Verde|Praia|Cape Verdean|Cape Verdeans|Cabo Verde
Central African Republic|Bangui|Central African|Central Africans|CAR
Chad|N'Djamena,N’Djamena|Chadian|Chadians|
Chile|Santiago|Chilean|Chileans|
China|Beijing|Chinese||People's Republic of China,People’s Republic of China,PRC
Colombia|Bogotá,Bogota|Colombian|Colombians|
Comoros|Moroni|Comorian|Comorians|
Costa Rica|San José|Costa Rican|Costa Ricans|
Croatia|Zagreb|Croatian|Croatians,Croats|
Cuba|Havana|Cuban|Cubans|
Cyprus|Nicosia|Cypriot|Cypriots|
Czech Republic|Prague|Czech|Czechs|Czechia
Democratic Republic of the Congo|Kinshasa|Congolese||DRC,DR Congo,Congo-Kinshasa
Denmark|Copenhagen|Danish|Danes|
Djibouti||Djiboutian|Djiboutians|
Dominican Republic|Santo Domingo|Dominican|Dominicans|
Ecuador|Quito|Ecuadorian|Ecuadorians|
Egypt|Cairo|Egyptian|Egyptians|
El Salvador|San Salvador|Salvadoran|Salvadorans|
Equatorial Guinea|Malabo|Equatorial Guinean||
Eritrea|Asmara|Eritrean|Eritreans|
Estonia|Tallinn|Estonian|Estonians|
Eswatini|Mbabane|Swazi|Swazis|Swaziland
Ethiopia|Addis Ababa|Ethiopian|Ethiopians|
Fiji|Suva|Fijian|Fijians|
Finland|Helsinki|Finnish|Finns|
France|Paris|French|Frenchmen|
Gabon|Libreville|Gabonese||
Gambia|Banjul|Gambian|Gambians|The Gambia
Georgia|Tbilisi|Georgian|Georgians|
Germany|Berlin|German|Germans|
Ghana|Accra|Ghanaian|Ghanaians|
Greece|Athens|Greek|Greeks|
Guatemala|Guatemala City|Guatemalan|Guatemalans|
Guinea|Conakry|Guinean|Guineans|
Guinea-Bissau|Bissau|Bissau-Guinean||
Guyana|Georgetown|Guyanese||
Haiti|Port-au-Prince|Haitian|Haitians|
Honduras|Tegucigalpa|Honduran|Hondurans|
Hungary|Budapest|Hungarian|Hungarians|
Iceland|Reykjavik|Icelandic|Icelanders|
India|New Delhi|Indian|Indians|
Indonesia|Jakarta|Indonesian|Indonesians|
Iran|Tehran|Iranian|Iranians|Islamic Republic of Iran
Iraq|Baghdad|Iraqi|Iraqis|
Ireland|Dublin|Irish||Republic of Ireland
Israel|Jerusalem|Israeli|Israelis|
Italy|Rome|Italian|Italians|
Ivory Coast|Yamoussoukro,Abidjan|Ivorian|Ivorians|Côte d'Ivoire,Côte d’Ivoire
Jamaica||Jamaican|Jamaicans|
Japan|Tokyo|Japanese||
Jordan|Amman|Jordanian|Jordanians|
Kazakhstan|Astana|Kazakh|Kazakhs|
Kenya|Nairobi|Kenyan|Kenyans|
Kosovo|Pristina|Kosovar|Kosovars|
Kuwait|Kuwait City|Kuwaiti|Kuwaitis|
Kyrgyzstan|Bishkek|Kyrgyz||
Laos|Vientiane|Lao,Laotian|Laotians|
Latvia|Riga|Latvian|Latvians|
Lebanon|Beirut|Lebanese||
Lesotho|Maseru|Basotho||
Liberia|Monrovia|Liberian|Liberians|
Libya|Tripoli|Libyan|Libyans|
Liechtenstein|Vaduz|||
Lithuania|Vilnius|Lithuanian|Lithuanians|
Luxembourg||Luxembourgish|Luxembourgers|
Madagascar|Antananarivo|Malagasy||
Malawi|Lilongwe|Malawian|Malawians|
Malaysia|Kuala Lumpur|Malaysian|Malaysians|
Maldives||Maldivian|Maldivians|
Mali|Bamako|Malian|Malians|
Malta|Valletta|Maltese||
Mauritania|Nouakchott|Mauritanian|Mauritanians|
Mauritius|Port Louis|Mauritian|Mauritians|
Mexico|Mexico City|Mexican|Mexicans|
Moldova|Chișinău,Chisinau|Moldovan|Moldovans|
Monaco||Monegasque||
Mongolia|Ulaanbaatar|Mongolian|Mongolians|
Montenegro|Podgorica|Montenegrin|Montenegrins|
Morocco|Rabat|Moroccan|Moroccans|
Mozambique|Maputo|Mozambican|Mozambicans|
Myanmar|Naypyidaw,Naypyitaw|Burmese||Burma
Namibia|Windhoek|Namibian|Namibians|
Nepal|Kathmandu|Nepali,Nepalese||
Netherlands|Amsterdam,The Hague|Dutch||Holland,The Netherlands
New Zealand|Wellington|New Zealand|New Zealanders|
Nicaragua|Managua|Nicaraguan|Nicaraguans|
Niger|Niamey|Nigerien|Nigeriens|
Nigeria|Abuja|Nigerian|Nigerians|
North Korea|Pyongyang|North Korean|North Koreans|DPRK,Democratic People's Republic of Korea,Democratic People’s Republic of Korea
North Macedonia|Skopje|Macedonian|Macedonians|Macedonia
Norway|Oslo|Norwegian|Norwegians|
Oman|Muscat|Omani|Omanis|
Pakistan|Islamabad|Pakistani|Pakistanis|
Palestine|Ramallah|Palestinian|Palestinians|Palestinian territories
Panama|Panama City|Panamanian|Panamanians|
Papua New Guinea|Port Moresby|Papua New Guinean|Papua New Guineans|PNG
Paraguay|Asunción,Asuncion|Paraguayan|Paraguayans|
Peru|Lima|Peruvian|Peruvians|Perú
Philippines|Manila|Philippine,Filipino|Filipinos|The Philippines
Poland|Warsaw|Polish|Poles|
Portugal|Lisbon|Portuguese||
Qatar|Doha|Qatari|Qataris|
Republic of the Congo|Brazzaville|||Congo-Brazzaville
Romania|Bucharest|Romanian|Romanians|
Russia|Moscow|Russian|Russians|Russian Federation
Rwanda|Kigali|Rwandan|Rwandans|
Saudi Arabia|Riyadh|Saudi|Saudis|
Senegal|Dakar|Senegalese||
Serbia|Belgrade|Serbian|Serbians,Serbs|
Sierra Leone|Freetown|Sierra Leonean|Sierra Leoneans|
Singapore||Singaporean|Singaporeans|
Slovakia|Bratislava|Slovak|Slovaks|
Slovenia|Ljubljana|Slovenian,Slovene|Slovenians,Slovenes|
Somalia|Mogadishu|Somali|Somalis|
South Africa|Pretoria|South African|South Africans|
South Korea|Seoul|South Korean|South Koreans|Republic of Korea,ROK
South Sudan|Juba|South Sudanese||
Spain|Madrid|Spanish|Spaniards|
Sri Lanka|Colombo|Sri Lankan|Sri Lankans|
Sudan|Khartoum|Sudanese||
Suriname|Paramaribo|Surinamese||
Sweden|Stockholm|Swedish|Swedes|
Switzerland|Bern|Swiss||
Syria|Damascus|Syrian|Syrians|
Taiwan|Taipei|Taiwanese||
Tajikistan|Dushanbe|Tajik|Tajiks|
Tanzania|Dodoma|Tanzanian|Tanzanians|
Thailand|Bangkok|Thai||
Timor-Leste|Dili|Timorese||East Timor
Togo|Lomé,Lome|Togolese||
Trinidad and Tobago|Port of Spain|Trinidadian|Trinidadians|
Tunisia|Tunis|Tunisian|Tunisians|
Turkey|Ankara|Turkish|Turks|Türkiye
Turkmenistan|Ashgabat|Turkmen||
Uganda|Kampala|Ugandan|Ugandans|
Ukraine|Kyiv,Kiev|Ukrainian|Ukrainians|
United Arab Emirates|Abu Dhabi|Emirati|Emiratis|UAE,U.A.E.
United Kingdom|London|British|Britons|UK,U.K.,Britain,Great Britain
United States|Washington|American|Americans|U.S.,US,USA,U.S.A.,America,United States of America
Uruguay|Montevideo|Uruguayan|Uruguayans|
Uzbekistan|Tashkent|Uzbek|Uzbeks|
Venezuela|Caracas|Venezuelan|Venezuelans|
Vietnam|Hanoi|Vietnamese||Viet Nam
Yemen|Sanaa,Sana'a,Sana’a|Yemeni|Yemenis|
Zambia|Lusaka|Zambian|Zambians|
Zimbabwe|Harare|Zimbabwean|Zimbabweans|
`;

export type PlaceRole = 'name' | 'capital' | 'adjective' | 'people';

export interface Country {
	name: string;
	capitals: string[];
	adjectives: string[];
	people: string[];
	aliases: string[];
}

const split = (cell: string | undefined) =>
	(cell ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);

export const countries: readonly Country[] = table
	.trim()
	.split('\n')
	.map((line) => {
		const [name, capitals, adjectives, people, aliases] = line.split('|');
		// "Japanese" names both the adjective and the people; it counts as the
		// adjective, and "Japanese voters" or "the Japanese public" make the public.
		return {
			name: name!.trim(),
			capitals: split(capitals),
			adjectives: split(adjectives),
			people: split(people),
			aliases: split(aliases)
		};
	});

/**
 * Capitals that stand for another actor in news usage: "Brussels" speaks for
 * the European Union far more often than for Belgium.
 */
export const metonyms: Record<string, string> = {
	Brussels: 'European Union',
	Kremlin: 'Russia',
	'White House': 'United States',
	'Downing Street': 'United Kingdom',
	Whitehall: 'United Kingdom',
	Zhongnanhai: 'China'
};
