/**
 * Word lists for reading English news: which capitalised words are titles,
 * which end the name of an organisation or a place, and which are ordinary
 * words that happen to start a sentence. All entries are as written in text.
 */
const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Titles and roles that stand before a person's name ("President", "Gen."). */
export const titles = words(`
President Vice Prime Minister Ministers Premier Chancellor Secretary Deputy Foreign Defence Defense
Finance Interior Commerce Trade Justice Economy Health Energy Education Agriculture Labour Labor
State General Gen. Lt. Lieutenant Col. Colonel Maj. Major Capt. Captain Cmdr. Commander Adm. Admiral
Sgt. Sergeant Marshal Field Brig. Brigadier Colonel-Major Chief Commissioner Ambassador Envoy
Special Senator Sen. Rep. Representative Congressman Congresswoman Governor Gov. Mayor Speaker
Leader Chairman Chairwoman Chair Judge Justice Attorney Prosecutor King Queen Prince Princess
Emperor Empress Crown Sheikh Sheik Emir Sultan Pope Archbishop Bishop Cardinal Rev. Reverend Imam
Rabbi Ayatollah Grand Mr. Mrs. Ms. Mr Mrs Ms Dr Miss Dr. Prof. Professor Sir Dame Lord Lady Director CEO Chief
Executive Spokesman Spokeswoman Spokesperson Opposition Interim Acting Former Ex-President MP
Lawmaker Councillor Councilman Councilwoman Sergeant Officer Inspector Superintendent Detective
Pastor Father Sister Brother Mufti Chairperson President-elect Senator-elect Supreme
`);

/** Of those, the titles of people who lead a state or its government. */
export const leaderTitles = words(`
President Premier Prime Chancellor King Queen Emperor Empress Emir Sultan Leader Sheikh Sheik
President-elect
`);

/** Lowercase role nouns that introduce a name after a comma ("its prime minister, Fumio Kishida"). */
export const roleNouns = words(`
president minister premier chancellor secretary spokesman spokeswoman spokesperson ambassador
envoy leader head chief director chairman chairwoman chair commander general colonel captain
official officer analyst researcher economist professor scholar expert lawyer attorney judge
prosecutor senator governor mayor candidate challenger rival opponent incumbent founder owner
executive adviser advisor aide negotiator diplomat activist journalist reporter editor author
writer vendor resident farmer student teacher worker voter supporter member king queen prince
monarch ruler strongman dictator commissioner lawmaker legislator deputy representative
campaigner strategist pollster president-elect
`);

/** The last word of an organisation's name ("Brookings Institution", "State Department"). */
export const organizationHeads = words(`
Institution Institute University College School Academy Foundation Fund Trust Association Society
Federation Union League Alliance Coalition Front Movement Party Congress Council Committee
Commission Board Bureau Agency Authority Office Service Services Department Ministry Secretariat
Parliament Senate Assembly Court Tribunal Jury Bank Group Company Corporation Corp. Inc. Ltd.
Co. LLC Holdings Industries Airlines Motors Systems Technologies Partners Capital Church Mosque
Army Navy Forces Force Guard Police Brigade Brigades Militia Organization Organisation Network
Centre Center Council Chamber Times Post Journal News Herald Tribune Telegraph Guardian Gazette
Press Review Monitor Television Radio Broadcasting Observatory Watch Initiative Program Programme
Project Club Cabinet Government Administration Junta Presidency Secretariat Commandment Command
Media Agency Exchange Reserve Consortium Conference
`);

/** Heads whose bodies belong to a state: a drafted "…Ministry" is a government actor. */
export const governmentHeads = words(`
Department Ministry Parliament Senate Assembly Congress Cabinet Government Administration Junta
Presidency Army Navy Forces Force Guard Police Court Tribunal Jury Commandment Command
`);

/** First words that make a body public ("National Office of…", "Federal Bureau of…"). */
export const publicBodyStarts = words(
	`National Federal State Supreme Central Royal Constitutional High`
);

/** The last word of a place or an event's name: these are not actors. */
export const nonActorHeads = words(`
Camp Mount Mountain Mountains Lake River Sea Ocean Bay Gulf Strait Island Islands Peninsula Valley
Desert Plain Plains Coast Street Avenue Road Square Plaza Park Bridge Airport Station Port Harbour
Harbor Hall Palace Tower Building Stadium Province Region District County City Town Village
Prefecture Oblast Territory Summit Conference Forum Games Olympics Cup War Wars Revolution Day Week
Year Act Bill Agreement Accord Treaty Pact Protocol Convention Declaration Charter Constitution
Law Plan Doctrine Strategy Report Award Prize Index Festival Election Elections Referendum Crisis
Deal Talks Dialogue Initiative Photo Highway Corridor Dam Canal Base Embassy Consulate Delta Basin
Falls Pass Gate Lane
`);

/**
 * Capitalised words that are common English words, not names, when a name is
 * made only of them ("International Relations", "Global South").
 */
export const generic = words(`
International National Global Foreign Affairs Security Studies Research Science Sciences Policy
Public Social Human Rights Development Economic Economics Political Politics Democratic Republican
Liberal Conservative Labour Green Socialist Communist Popular People People's People’s United New
Old Great North South East West Northern Southern Eastern Western Central Upper Lower Middle Federal
State Royal Supreme High World Free Independent Islamic Christian Catholic Protestant Orthodox
Jewish Muslim Sunni Shia Shiite Arab Republic Kingdom Democratic Revolutionary Patriotic Civic
Progressive Reform Justice Liberty Freedom Unity Peace Prosperity Future First Sovereign Army Navy
General Special Defence Defense Relations Government Administration Trade Commerce Finance
Environment Energy Health Education Agriculture Transport Interior Homeland Industry Technology
Military Civil Civilian Nuclear Strategic Atlantic Pacific Indian Black Red White Blue Yellow
Internet Online Digital Media News Times Daily Weekly Monthly Annual Press Agency Communications
Cooperation Partnership Integration Solidarity Action Alternative Renewal Hope Change Together
`);

/** Words that join a name's parts ("University of Birmingham", "Yevgeny de la Cruz"). */
export const nameConnectors = words(
	`of for the and & on de del della di da das dos du la le van von der den bin bint ibn abu al el ul ur y`
);

/** Particles that can stand inside a person's name, in lower case. */
export const nameParticles = words(
	`de del della di da das dos du la le van von der den bin bint ibn abu al el ul ur y`
);

/** Months, days and other capitalised words that are never actors. */
export const calendar = words(`
January February March April May June July August September October November December Jan. Feb.
Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Monday Tuesday Wednesday Thursday Friday Saturday
Sunday Christmas Easter Ramadan Eid Lent Hanukkah Diwali
`);

/** Letters after a person's name: degrees and honours. */
export const postNominals = words(
	`Ph.D. PhD MD MBA MA BA MSc OBE CBE KBE MBE QC KC Jr. Sr. Esq. FRS FBA III II IV`
);

/** Words that start sentences and are never names on their own. */
export const sentenceStarters = words(`
The A An This That These Those It Its He She They We I You Our Their His Her My Your There Here Now
Then But And Or Nor So Yet For If When While Although Though Because Since As After Before Until
Unless Once Whether However Meanwhile Moreover Furthermore Nevertheless Still Also Even Only Instead
Indeed Thus Hence Therefore Today Tomorrow Yesterday Last Next Many Most Some Several Few All Both
Each Every No Not Neither Either Such Other Another In On At By From To With Without Within Under Over
Into Through During Against Among Amid Across Along Around Behind Beyond Despite Like Unlike Per Via
What Which Who Whom Whose Why How Where Asked Speaking According Officials Analysts Critics Experts
Supporters Residents Voters Protesters Observers Investors Diplomats Sources Several Perhaps Maybe
Nearly Almost About Above Below Between Beneath Upon Toward Towards Except Besides Whatever Whenever
Wherever One Two Three Four Five Six Seven Eight Nine Ten First Second Third Finally Overall Already
Recently Later Earlier Soon Again Ever Never Always Often Sometimes Together Separately Elsewhere
`);

/** Nouns that, after a demonym, make a public ("Japanese voters", "the South Korean public"). */
export const publicNouns = words(`
public people voters citizens population electorate protesters
demonstrators youth students taxpayers consumers households society opinion
`);

/** Verbs of speech after a name: what follows a person or a body, not a place. */
export const speechVerbs = words(`
said says told tells added adds argued argues wrote writes warned warns announced announces stated
declared insisted urged urges called calls claimed claims asked noted explained replied responded
posted tweeted admitted denied confirmed acknowledged vowed pledged promised threatened demanded
`);

/** Lowercase nouns after a name that make the name a place or a thing ("Funan Techo canal"). */
export const thingFollowers = words(`
lake river canal dam dams delta province region city town village border valley basin sea island
islands mountains port megaport corridor highway railway pipeline field oilfield mine airport
bridge project plant reactor summit talks accord agreement treaty deal crisis war election
elections campaign referendum
`);

/** Lowercase nouns after a name, or in an apposition after it, that make it an organisation ("the Jamaat-e-Islami party"). */
export const organizationNouns = words(`
party group movement company firm bank militia network union agency organisation organization
coalition faction outlet newspaper broadcaster channel platform carmaker automaker airline
conglomerate utility insurer lender fund institute charity producer maker manufacturer exporter
retailer giant startup operator developer club team
`);

/** Prepositions that put the next name in a place ("in Puno", "near Agadez"). */
export const placePrepositions = words(
	`in near at outside inside across around throughout from into toward towards via`
);
