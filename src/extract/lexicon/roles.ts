// Words that tell what kind of speaker a phrase names: a role ("the Ukrainian president"), a body
// ("the Kremlin", "the company"), a group ("officials", "police") or a pronoun.

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean))

/** Nouns for a person by role: "Nato secretary general Mark Rutte", "the cheerful landlord". */
export const PERSON_ROLES = words(`
  president vice-president president-elect premier minister chancellor secretary secretary-general general spokesman
  spokeswoman spokesperson leader adviser advisor official officer lawyer attorney director chief executive ceo cfo coo
  chair chairman chairwoman chairperson professor mayor governor senator mp mla mpp congressman congresswoman
  representative envoy ambassador commissioner coach founder co-founder analyst economist researcher scientist manager
  head judge justice commander councillor councilor candidate owner proprietor resident worker student teacher doctor
  nurse expert witness activist advocate critic member organizer organiser prosecutor captain player striker
  goalkeeper singer actor actress author writer editor reporter journalist producer principal dean superintendent
  inspector sergeant constable detective investigator staffer aide deputy assistant diplomat negotiator king queen
  prince princess pope bishop priest rabbi imam chef boss employee trader investor banker cartoonist artist publisher
  developer engineer farmer labourer laborer dad father mother mom mum son daughter wife husband sister brother friend
  neighbour neighbor victim survivor mother-in-law grandmother grandfather veteran lawmaker politician mother-of-two
  father-of-two pastor physician surgeon psychologist psychiatrist historian strategist pollster consultant partner
  specialist technician operator driver pilot soldier colonel lieutenant major sheriff chancellor-elect marshal
  administrator coordinator co-ordinator curator host presenter anchor broadcaster commentator columnist blogger star creator
  musician composer director-general chieftain elder mediator negotiator protester campaigner lobbyist sponsor
  applicant refugee migrant immigrant citizen voter shopper customer patient parent grandparent teenager man woman
  boy girl guy source insider whip democrat republican independent conservative liberal socialist tory
  rival opponent challenger colleague successor predecessor counterpart nominee contender incumbent supporter
  donor correspondent counsel defender midfielder winger sprinter swimmer cyclist boxer jockey batsman bowler
`)

/** Nouns for a body that speaks as one: "the company said", "the ministry said in a statement". */
export const ORGANIZATION_NOUNS = words(`
  company firm government ministry department agency council committee commission court board union party university
  college school hospital bank group organization organisation office administration kremlin parliament senate
  congress campaign team club network service institute foundation association federation authority regulator army
  military navy embassy consulate cabinet corporation business retailer airline manufacturer maker producer startup
  broadcaster newspaper publisher charity coalition alliance league opposition watchdog tribunal police force
  district province state city county municipality township region magazine paper tabloid journal publication outlet
  station channel newsroom church diocese parish mosque synagogue temple congregation palace center centre body
`)

/** Plural heads that name a group speaking together: "officials said", "some voters say". */
export const GROUP_NOUNS = words(`
  officials experts police authorities residents critics analysts investigators researchers scientists officers
  activists advocates voters leaders members lawyers doctors protesters organizers organisers sources witnesses
  prosecutors economists observers people students parents workers employees teachers mps senators democrats
  republicans supporters opponents families victims neighbours neighbors locals citizens staff spokespeople
  diplomats ministers representatives executives managers officers firefighters rescuers paramedics nurses
  farmers fans players scientists campaigners lawmakers legislators councillors councilors politicians organizers media
`)

/**
 * A party's members by a short plural the tagger does not read as one: "the Lib Dems" (a group, never a person).
 * Not in GROUP_NOUNS: its other readers (groups.ts, names.ts) would make a group that acts of a headline's "Why The
 * Dems Will Lose Hadley", and "we" in the article would then mean them.
 */
export const PARTY_PLURALS = new Set(['dems'])

/** A plural of a group's or a party's members, never one person: "officials", "democrats", "the Lib Dems". */
export const membersPlural = (w: string) => GROUP_NOUNS.has(w) || PARTY_PLURALS.has(w)

/**
 * Things that say what their authors say: "a statement said", "exit polls suggested that …", "the report found".
 * Plurals are listed too: "emails … suggested that the staff were not using passwords".
 */
export const DOCUMENT_NOUNS = words(`
  statement statements post posts blog letter letters release email emails e-mail tweet tweets report reports book memo
  filing filings document documents website ad ads advert advertisement clip video message messages note notice
  complaint lawsuit affidavit poll polls survey surveys study studies data figures records analysis findings results
  disclosure disclosures ruling indictment editorial column op-ed transcript minutes estimate estimates projection projections
  analyses investigation investigations inquiry audit audits polling opinion opinions summary judgment judgement brief
  briefs article articles
`)

/**
 * Documents of record and research, which a reader credits to themselves when the article names no author:
 * "a new poll suggests …", "exit polls showed …", "the report found …" (a statement or a post is someone's).
 */
export const RECORD_NOUNS = words(`
  report reports filing filings document documents complaint lawsuit affidavit poll polls survey surveys study studies
  data figures records analysis findings results disclosure disclosures ruling indictment transcript minutes estimate
  estimates projection projections analyses investigation investigations inquiry audit audits polling opinion opinions summary
  judgment judgement brief briefs article articles research evidence statistics
`)

/**
 * Records whose "of" names what they measure, never who wrote them: "a poll of 400 voters", "an analysis of the data",
 * "the transcript of the debate" (unlike "the opinion of the court" or "a report of the committee").
 */
export const MEASURE_NOUNS = words(`
  poll polls survey surveys polling analysis analyses data figures records results findings estimate estimates projection projections
  audit audits transcript minutes study studies investigation investigations inquiry
`)

/** Who reports what research found: "Researchers found that …", "the auditors found …". */
export const RESEARCHERS = words(`researchers scientists economists analysts investigators authors auditors inspectors experts`)

/** Words for a share of people, the subject of a poll's findings: "Two in three said", "Several said", "a majority say". */
export const QUANTITY_WORDS = words(`
  several many some most few both all others another half third thirds quarter quarters majority majorities minority
  minorities plurality
  none each either neither dozens hundreds thousands percent per cent
`)

/** Titles written before a name that say nothing about the role: "Mr Trump", "Dr Jones". */
export const HONORIFICS = words(`mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady baroness prof prof. rev rev. mx mx.`)

export const MALE_HONORIFICS = words(`mr mr. sir lord`)
export const FEMALE_HONORIFICS = words(`mrs mrs. ms ms. miss dame lady baroness`)

/**
 * Titles that may stand before a name and are roles too: "President Trump", "Prime Minister Justin Trudeau"; with
 * the short forms British police and councils write: "Det Ch Insp Sarah Kane", "Insp Tom Reed", "Cllr Jane Okafor"
 * (not "PC", which names shops and magazines too: "PC World said").
 */
export const TITLE_WORDS = words(`
  president prime minister chancellor senator sen. sen governor gov. gov mayor premier secretary general gen. gen
  judge justice king queen prince princess pope bishop father sister brother chief captain capt. colonel col.
  lieutenant lt. sergeant sgt. officer constable detective inspector professor coach commissioner ambassador
  representative rep. rep councillor councilor minister deputy leader whip speaker chair
  cllr cllr. insp insp. supt supt. sgt det det. ch
`)

/** Pronouns that can be the subject of a reporting verb: "he said", "they say". */
export const SPEAKING_PRONOUNS = words(`he she i we they`)

/**
 * Words that start a surname rather than being a first name or a word of the sentence: "von der Leyen", "de
 * Blasio", "Arnel dela Vega" (only between name words: "la" alone is no name).
 */
export const NAME_PARTICLES = words(`
  van der den de del della dela delos di da das dos du des le la al el bin ibn von ter ten st st. degli dei
`)
