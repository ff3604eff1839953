/**
 * Places that are not states and not capitals: large cities and the states of
 * federations that news names most often. A name found here is a place, never
 * a person; "New York" must not become an actor called New York.
 */
export const places = new Set(
	`
New York|Los Angeles|Chicago|Houston|San Francisco|Seattle|Boston|Miami|Atlanta|Dallas|Detroit|
Philadelphia|Las Vegas|New Orleans|Silicon Valley|Wall Street|Capitol Hill|Manhattan|Brooklyn|
California|Texas|Florida|Ohio|Pennsylvania|Michigan|Arizona|Nevada|Wisconsin|North Carolina|
South Carolina|New Jersey|New Hampshire|New Mexico|Virginia|West Virginia|Massachusetts|Illinois|
Minnesota|Colorado|Oregon|Alabama|Mississippi|Louisiana|Kentucky|Tennessee|Iowa|Missouri|Kansas|
Nebraska|Oklahoma|Utah|Idaho|Montana|Wyoming|Alaska|Hawaii|Maryland|Delaware|Connecticut|Maine|
Vermont|Rhode Island|Indiana|Arkansas|North Dakota|South Dakota|Puerto Rico|Guam|
Toronto|Montreal|Vancouver|Quebec|Ontario|Alberta|British Columbia|Sydney|Melbourne|Brisbane|Perth|
Auckland|Rio de Janeiro|São Paulo|Sao Paulo|Medellín|Guadalajara|Monterrey|Tijuana|Cusco|
Manchester|Birmingham|Liverpool|Glasgow|Edinburgh|Belfast|Cardiff|Scotland|Wales|England|
Northern Ireland|Munich|Frankfurt|Hamburg|Cologne|Bavaria|Marseille|Lyon|Nice|Bordeaux|
Milan|Naples|Venice|Florence|Barcelona|Seville|Valencia|Catalonia|Geneva|Zurich|Davos|Antwerp|
Rotterdam|Istanbul|Gdansk|Krakow|Odesa|Odessa|Kharkiv|Lviv|Mariupol|Kherson|Donetsk|Luhansk|
St Petersburg|St. Petersburg|Siberia|Chechnya|Dubai|Tel Aviv|Haifa|Mecca|Medina|Jeddah|Basra|Mosul|
Aleppo|Idlib|Benghazi|Alexandria|Lagos|Kano|Johannesburg|Cape Town|Durban|Mombasa|Kandahar|
Karachi|Lahore|Peshawar|Mumbai|Bombay|Kolkata|Chennai|Bangalore|Bengaluru|Hyderabad|Shanghai|
Shenzhen|Guangzhou|Wuhan|Chongqing|Hong Kong|Macau|Osaka|Kyoto|Okinawa|Hiroshima|Busan|Incheon|
Ho Chi Minh City|Saigon|Yangon|Rangoon|Mandalay|Chiang Mai|Phuket|Cebu|Mindanao|Bali|Java|Sumatra|
Borneo|Sabah|Sarawak|Punjab|Kerala|Gujarat|Tamil Nadu|Bengal|Queensland|Tasmania|Patagonia|Darfur|
Tigray|Sinai|Galilee|Golan Heights|Kurdistan|Balochistan|Baluchistan|Khyber Pakhtunkhwa|Sindh
`
		.split('|')
		.map((s) => s.trim())
		.filter(Boolean)
);

/** Acronyms that are not bodies: measures, currencies, diseases, roles. */
export const plainAcronyms = new Set(
	'GDP GNP CPI CEO CFO COO CTO AI COVID HIV AIDS LGBT LGBTQ TV DNA RNA ID OK PM AM UTC GMT EST PST BST CET USD EUR GBP JPY CNY RMB EV EVS SUV IT PR VIP FAQ PDF UFO UAV MW GW KW KM MPH OBE CBE MBE PHD MBA NB PS ASAP FYI'.split(
		' '
	)
);

/** Parties news calls by their members' name ("Democrats said"): the party is the actor. */
export const partyMembers: Record<string, string> = {
	Democrats: 'Democratic Party',
	Republicans: 'Republican Party',
	Conservatives: 'Conservative Party',
	Tories: 'Conservative Party',
	Liberals: 'Liberal Party',
	Socialists: 'Socialist Party',
	Communists: 'Communist Party',
	Greens: 'Green Party',
	Labour: 'Labour Party'
};
