/**
 * Demo newsroom content for The Pacific Ledger, an imaginary Korean-American daily in Los Angeles.
 * Everything here is fiction written for Masthead: the people, businesses, events and numbers are invented.
 * Real place names (Koreatown, Wilshire Boulevard, Seoul) are used only as setting.
 */

export type SeedSection = { slug: string; name: string; description: string };
export type SeedAuthor = {
  slug: string;
  name: string;
  kind: "person" | "desk";
  bio: string;
  publicEmail: string | null;
  photo: { hue: number; initials: string; alt: string }; // used to generate a portrait placeholder
};
export type SeedPhoto = {
  key: string; // unique, kebab-case, e.g. "wilshire-night-market"
  hue: number; // 0-359, base colour for a generated abstract image
  alt: string; // real alt text describing the (imagined) photo, one sentence
  caption: string; // newspaper caption, one or two sentences
  credit: string; // upper case
};
export type SeedBlock = { p: string } | { h2: string } | { quote: string } | { list: string[] } | { photo: string }; // a SeedPhoto key, an inline photo
export type SeedStory = {
  slug: string;
  headline: string;
  dek: string;
  section: string; // section slug
  authors: string[]; // author slugs, in byline order
  tags: string[]; // tag slugs, 1-3
  hero: string | null; // SeedPhoto key
  status: "published" | "draft" | "in_review";
  hoursAgo: number; // published this many hours before the seed runs; for drafts, last edited
  featured?: boolean;
  updatedHoursAgo?: number; // an update after publication (less than hoursAgo)
  correction?: string; // a correction notice text
  language?: "en" | "ko"; // English unless said
  editionOf?: string; // the slug of the story this one is the other-language edition of (listed before it)
  body: SeedBlock[];
};

export const seedSections: SeedSection[] = [
  {
    slug: "local",
    name: "Local",
    description:
      "Koreatown, Mid-Wilshire and the neighborhoods around them: housing, transit, libraries, weather and the life of the street.",
  },
  {
    slug: "business",
    name: "Business",
    description:
      "Small businesses, commercial real estate, trade with Korea and the working economy of Koreatown and Southern California.",
  },
  {
    slug: "politics",
    name: "Politics",
    description: "City Hall, county government, schools, elections and the policies that shape immigrant Los Angeles.",
  },
  {
    slug: "culture",
    name: "Culture",
    description: "Food, art, film, music and books, and the Korean and Korean-American life of the city.",
  },
  {
    slug: "sports",
    name: "Sports",
    description:
      "High school teams, youth leagues, baseball from Seoul and the people who play and watch in Los Angeles.",
  },
  {
    slug: "opinion",
    name: "Opinion",
    description:
      "Columns and notes to readers. Opinion pieces are labeled as such and kept separate from our news reporting.",
  },
];

export const seedTags: { slug: string; name: string }[] = [
  { slug: "koreatown", name: "Koreatown" },
  { slug: "housing", name: "Housing" },
  { slug: "small-business", name: "Small Business" },
  { slug: "transit", name: "Transit" },
  { slug: "k-culture", name: "K-Culture" },
  { slug: "education", name: "Education" },
  { slug: "elections", name: "Elections" },
  { slug: "food", name: "Food" },
  { slug: "baseball", name: "Baseball" },
  { slug: "soccer", name: "Soccer" },
  { slug: "immigration", name: "Immigration" },
  { slug: "weather", name: "Weather" },
  { slug: "arts", name: "Arts" },
  { slug: "city-hall", name: "City Hall" },
  { slug: "seniors", name: "Seniors" },
  { slug: "from-the-newsroom", name: "From the Newsroom" },
];

export const seedAuthors: SeedAuthor[] = [
  {
    slug: "sarah-kim",
    name: "Sarah Kim",
    kind: "person",
    bio: "Sarah Kim covers City Hall, housing and elections for The Pacific Ledger, with a focus on Koreatown and Mid-Wilshire. She joined the paper after six years as a wire reporter in Seoul and reads every public comment letter so readers do not have to.",
    publicEmail: "sarah.kim@example.com",
    photo: {
      hue: 212,
      initials: "SK",
      alt: "Portrait of Sarah Kim, a reporter with shoulder-length dark hair, smiling.",
    },
  },
  {
    slug: "daniel-cho",
    name: "Daniel Cho",
    kind: "person",
    bio: "Daniel Cho reports on small business, commercial real estate and trade between Southern California and South Korea. Before journalism he spent five years working the register and the books at his family's grocery in Garden Grove.",
    publicEmail: "daniel.cho@example.com",
    photo: { hue: 28, initials: "DC", alt: "Portrait of Daniel Cho, a reporter in glasses and a gray sweater." },
  },
  {
    slug: "grace-lee",
    name: "Grace Lee",
    kind: "person",
    bio: "Grace Lee writes about food, art and culture for The Pacific Ledger and reviews restaurants anonymously, paying for every meal. She grew up in her parents' galbi restaurant on Eighth Street and still judges a place first by its rice.",
    publicEmail: "grace.lee@example.com",
    photo: {
      hue: 340,
      initials: "GL",
      alt: "Portrait of Grace Lee, a writer with short black hair and a denim jacket.",
    },
  },
  {
    slug: "michael-park",
    name: "Michael Park",
    kind: "person",
    bio: "Michael Park covers high school and youth sports, schools and the occasional baseball obsession, and writes a weekly column. He has reported on Los Angeles sports for 12 years and keeps score by hand at every game he attends.",
    publicEmail: "michael.park@example.com",
    photo: { hue: 150, initials: "MP", alt: "Portrait of Michael Park, a reporter wearing a navy baseball cap." },
  },
  {
    slug: "digital-desk",
    name: "The Pacific Ledger Digital Team",
    kind: "desk",
    bio: "The Pacific Ledger Digital Team operates the newspaper's website, newsletters and breaking-news alerts from the newsroom on Wilshire Boulevard, seven days a week. It writes weather and traffic advisories, service guides and notes to readers, and keeps stories updated as news changes. Tips and corrections are welcome at the address below, in English or Korean.",
    publicEmail: "digital@example.com",
    photo: { hue: 200, initials: "PL", alt: "The Pacific Ledger's monogram, the letters P and L on a blue circle." },
  },
];

export const seedPhotos: SeedPhoto[] = [
  {
    key: "wilshire-night-market",
    hue: 28,
    alt: "Crowds walk between rows of lit food stalls on a section of Wilshire Boulevard closed to cars at dusk.",
    caption:
      "Visitors fill Wilshire Boulevard on the opening night of the Koreatown Night Market’s third season. Organizers counted 60 vendors, up from 42 last year.",
    credit: "HANNAH YOO / THE PACIFIC LEDGER",
  },
  {
    key: "night-market-grill",
    hue: 14,
    alt: "A vendor in a white apron turns skewers of rice cakes over a charcoal grill as smoke rises around her.",
    caption:
      "Min-ja Oh turns skewered rice cakes at the stall she runs with her son. She expects the earlier closing time to cost her about a tenth of her sales.",
    credit: "HANNAH YOO / THE PACIFIC LEDGER",
  },
  {
    key: "vermont-bus-lane",
    hue: 4,
    alt: "An illustration shows a red-painted bus lane along Vermont Avenue with a bus stopped at a shelter.",
    caption:
      "A rendering of the planned peak-hour bus lanes on Vermont Avenue. Construction is expected to take about ten weeks.",
    credit: "COURTESY OF LA METRO",
  },
  {
    key: "koreatown-apartment-tenants",
    hue: 205,
    alt: "Five older residents stand on the front steps of a four-story brick apartment building holding folders of papers.",
    caption:
      "Tenants of the Hobart Arms, a 1920s building in Koreatown, gather before leaving for a court hearing downtown.",
    credit: "SARAH KIM / THE PACIFIC LEDGER",
  },
  {
    key: "library-korean-shelves",
    hue: 45,
    alt: "A librarian places books with Korean titles on a freshly stocked shelf beside a sunny window.",
    caption:
      "Branch manager Teresa Nam shelves new Korean-language titles at the Serrano Avenue branch library. The collection has doubled this year.",
    credit: "ESTHER SONG / THE PACIFIC LEDGER",
  },
  {
    key: "olympic-water-main",
    hue: 212,
    alt: "Water covers an intersection on Olympic Boulevard while city crews work beside a repair truck at dawn.",
    caption:
      "Crews work to shut off a broken water main near Olympic Boulevard and Normandie Avenue early Thursday. The pipe was installed in 1927.",
    credit: "CITY OF LOS ANGELES",
  },
  {
    key: "red-bean-bakery",
    hue: 35,
    alt: "A baker lifts a tray of golden loaves from an oven while customers wait at a glass counter.",
    caption:
      "Eun-jung Ryu pulls the first red-bean loaves from the oven at Sunrise Bread’s new shop in Torrance on Saturday.",
    credit: "CHRIS BAEK / THE PACIFIC LEDGER",
  },
  {
    key: "seoul-delegation-meeting",
    hue: 222,
    alt: "Men and women in business suits sit around a long conference table with small flags at its center.",
    caption:
      "Presidential secretary Bae Sung-min, center, meets members of a Los Angeles business delegation at the presidential office in Seoul on Tuesday.",
    credit: "PRESIDENTIAL OFFICE",
  },
  {
    key: "wilshire-office-towers",
    hue: 192,
    alt: "Mid-century office towers line Wilshire Boulevard, with several floors of darkened windows at dusk.",
    caption:
      "Office towers on Wilshire Boulevard in Koreatown. Nearly a quarter of the corridor’s office space is vacant, according to a local brokerage.",
    credit: "CHRIS BAEK / THE PACIFIC LEDGER",
  },
  {
    key: "empty-office-floor",
    hue: 172,
    alt: "An empty office floor with gray carpet, stacked chairs and tall windows looking out over the city.",
    caption:
      "A vacant floor in a 1970s tower on Wilshire Boulevard. Its owner has been marketing it to medical and education tenants.",
    credit: "DANIEL CHO / THE PACIFIC LEDGER",
  },
  {
    key: "cabbage-pallets",
    hue: 96,
    alt: "A worker wheels a pallet stacked with heads of napa cabbage across a grocery store loading dock.",
    caption:
      "Napa cabbage arrives at Hanil Market on Western Avenue. Grocers say wholesale prices have nearly doubled in a month.",
    credit: "PACIFIC WIRE",
  },
  {
    key: "council-forum-church",
    hue: 262,
    alt: "Three candidates sit at a table on a church stage facing a crowded hall of folding chairs.",
    caption:
      "From left, Helen Yoo, Robert Alvarado and David Kang answer questions at a candidate forum in Koreatown on Tuesday night.",
    credit: "HANNAH YOO / THE PACIFIC LEDGER",
  },
  {
    key: "forum-audience",
    hue: 276,
    alt: "Audience members, many of them older, hold up written question cards in a packed church hall.",
    caption:
      "Audience members submit written questions at the forum. Organizers said nearly half of about 160 questions were written in Korean.",
    credit: "HANNAH YOO / THE PACIFIC LEDGER",
  },
  {
    key: "poll-worker-training",
    hue: 232,
    alt: "A trainer demonstrates a ballot-marking machine to a small group of seated poll workers.",
    caption:
      "Poll workers practice on a ballot-marking device during a training session. The county is recruiting Korean speakers for 40 vote centers.",
    credit: "LOS ANGELES COUNTY",
  },
  {
    key: "korean-sample-ballot",
    hue: 244,
    alt: "A close view of a sample ballot printed in Korean and English, with a pen resting on top.",
    caption:
      "A Korean-language sample ballot from the spring primary. Voters said translated materials were not enough without someone to answer questions.",
    credit: "SARAH KIM / THE PACIFIC LEDGER",
  },
  {
    key: "school-campus-repairs",
    hue: 18,
    alt: "Buckets sit on a classroom floor beneath water-stained ceiling tiles while a student walks past.",
    caption:
      "Buckets catch leaks in a Koreatown elementary classroom after a winter storm. The roof is first in line for repairs if the bond passes.",
    credit: "PACIFIC WIRE",
  },
  {
    key: "field-lights-normandie",
    hue: 250,
    alt: "Unlit light poles stand over an empty baseball field as the last daylight fades behind apartment buildings.",
    caption: "The baseball field at Normandie High School at sunset. The lights have not worked for three years.",
    credit: "MICHAEL PARK / THE PACIFIC LEDGER",
  },
  {
    key: "citizenship-clinic",
    hue: 150,
    alt: "Volunteers at long tables help older applicants fill out paper forms in a community hall.",
    caption:
      "Volunteers help permanent residents complete citizenship applications at a free clinic in Koreatown on Saturday.",
    credit: "ESTHER SONG / THE PACIFIC LEDGER",
  },
  {
    key: "hangul-calligraphy",
    hue: 40,
    alt: "An elderly man guides a woman’s hand as she paints a Korean letter with a large brush on white paper.",
    caption:
      "Byung-chul Ahn, 84, corrects a student’s grip during a Hangul Day calligraphy afternoon on Wilshire Boulevard.",
    credit: "HANNAH YOO / THE PACIFIC LEDGER",
  },
  {
    key: "calligraphy-children",
    hue: 56,
    alt: "A girl concentrates on a brush stroke at a folding table while her grandmother watches over her shoulder.",
    caption: "Chloe Seo, 9, practices the character for her family name as her grandmother looks on.",
    credit: "GRACE LEE / THE PACIFIC LEDGER",
  },
  {
    key: "laundromat-paintings",
    hue: 140,
    alt: "Large paintings of people waiting beside washing machines hang on white gallery walls.",
    caption: "Paintings from Ji-won Shin’s “Wash / Dry / Fold,” on view at Meridian Hall Gallery in Chinatown.",
    credit: "COURTESY OF MERIDIAN HALL GALLERY",
  },
  {
    key: "soondubu-counter",
    hue: 10,
    alt: "Diners sit shoulder to shoulder on stools at a narrow counter facing a stove with bubbling pots.",
    caption: "The 12-seat counter at Sanmaeul Tofu on Western Avenue, where owner Mi-ran Jeon cooks every order.",
    credit: "CHRIS BAEK / THE PACIFIC LEDGER",
  },
  {
    key: "soondubu-bowl",
    hue: 2,
    alt: "A black earthenware pot of red tofu stew with clams and a raw egg, surrounded by small side dishes.",
    caption:
      "The seafood soft tofu stew at Sanmaeul Tofu arrives still bubbling, with rice and four side dishes that change daily.",
    credit: "CHRIS BAEK / THE PACIFIC LEDGER",
  },
  {
    key: "theater-watch-party",
    hue: 300,
    alt: "A full theater audience, some in yellow raincoats, watches a large screen from the orchestra and balcony.",
    caption:
      "Fans watch the finale of “The Lighthouse Keeper’s Daughter” at the Crescent Theatre on Wilshire Boulevard on Sunday.",
    credit: "COURTESY OF CRESCENT THEATRE",
  },
  {
    key: "youth-orchestra-rehearsal",
    hue: 330,
    alt: "Teenage violinists and cellists rehearse in a crowded school band room under fluorescent lights.",
    caption:
      "The Koreatown Youth Philharmonic rehearses in a middle school band room. The orchestra will tour South Korea next summer.",
    credit: "COURTESY OF KOREATOWN YOUTH PHILHARMONIC",
  },
  {
    key: "normandie-pitcher",
    hue: 118,
    alt: "A left-handed high school pitcher in a green jersey releases a pitch from the mound.",
    caption:
      "Normandie junior Alex Jung pitches in the seventh inning of a 3-1 semifinal win on Wednesday. He struck out 14.",
    credit: "ESTHER SONG / THE PACIFIC LEDGER",
  },
  {
    key: "soccer-park-fence",
    hue: 100,
    alt: "Children in soccer uniforms look through a chain-link construction fence at a torn-up grass field.",
    caption:
      "Players from the Koreatown Youth Soccer Association at the fence around Westmoreland Park, closed for about a year of repairs.",
    credit: "HANNAH YOO / THE PACIFIC LEDGER",
  },
  {
    key: "baseball-bar-dawn",
    hue: 266,
    alt: "Fans in team caps watch a baseball game on several televisions in a dim basement bar before sunrise.",
    caption: "Regulars watch a live broadcast from Seoul at Homerun Pocha on Sixth Street at about 3 a.m.",
    credit: "CHRIS BAEK / THE PACIFIC LEDGER",
  },
  {
    key: "seniors-relay",
    hue: 182,
    alt: "A group of older walkers in matching blue shirts cross a finish line together, arms raised.",
    caption:
      "Members of the Wilshire Striders finish a marathon relay in Long Beach on Sunday, led by 91-year-old Chang-sik Moon.",
    credit: "COURTESY OF WILSHIRE STRIDERS",
  },
  {
    key: "kalbi-restaurant-family",
    hue: 24,
    alt: "A faded snapshot shows a couple standing in front of a small restaurant with photos of dishes in the window.",
    caption: "The author’s parents outside their galbi restaurant on Eighth Street, which they ran for 22 years.",
    credit: "COURTESY OF THE LEE FAMILY",
  },
];

export const seedStories: SeedStory[] = [
  // ───────────────────────────── LOCAL ─────────────────────────────
  {
    slug: "heat-advisory-cooling-centers-koreatown",
    headline: "Heat advisory through Thursday: where to find cooling centers in Koreatown and Mid-Wilshire",
    dek: "Forecasters expect highs in the low 90s in central Los Angeles and warm nights, and four cooling centers near Koreatown are staying open late.",
    section: "local",
    authors: ["digital-desk"],
    tags: ["weather", "seniors", "koreatown"],
    hero: null,
    status: "published",
    hoursAgo: 0.5,
    body: [
      {
        p: "A heat advisory covering central Los Angeles takes effect at 10 a.m. Tuesday and runs through 8 p.m. Thursday, according to forecasters. Afternoon temperatures in Koreatown are expected to reach the low 90s, with overnight lows staying near 72 degrees, which gives apartments without air conditioning little chance to cool down before the next day begins.",
      },
      { h2: "Cooling centers near Koreatown" },
      {
        list: [
          "Seoul Garden Senior Center, Third Street: 9 a.m. to 9 p.m., Korean- and English-speaking staff",
          "Harvard Heights Recreation Center: 10 a.m. to 8 p.m., pets allowed in carriers",
          "Serrano Avenue Branch Library: open until 8 p.m. Tuesday through Thursday",
          "Normandie Community Room, Wilshire Boulevard: noon to 10 p.m.",
        ],
      },
      {
        p: "City officials recommend checking on older neighbors at least twice a day, especially those who live alone on upper floors. Signs of heat exhaustion include heavy sweating, dizziness, nausea and a rapid, weak pulse. Anyone who stops sweating, becomes confused or faints needs emergency care: call 911 and move the person somewhere cool while you wait.",
      },
      {
        p: "Residents who cannot get to a cooling center on their own can call the city’s 311 line to ask about a ride, a city spokesperson said. Several Koreatown churches also plan to open their fellowship halls in the afternoons, and we will add them to the list above as they confirm their hours with us.",
      },
      {
        p: "Power outages are possible if demand peaks in the early evening. Keep phones charged, keep a flashlight where you can find it in the dark, and keep the refrigerator closed as much as possible. Food in a closed refrigerator generally stays safe for about four hours without power, according to federal food safety guidance.",
      },
      {
        p: "This guide will be updated if forecasters extend the advisory past Thursday. Readers who know of other places to cool off in the neighborhood, such as a community room or a church hall that welcomes visitors, can write to the digital desk at digital@example.com, and we will check the details and add them.",
      },
    ],
  },
  {
    slug: "wilshire-night-market-returns-koreatown",
    headline: "Koreatown’s night market returns to Wilshire with 60 vendors and an earlier closing time",
    dek: "The Friday market is back for a third summer on a closed stretch of Wilshire Boulevard, with more food stalls, fewer generators and a shutdown time negotiated with neighbors.",
    section: "local",
    authors: ["sarah-kim"],
    tags: ["koreatown", "small-business", "food"],
    hero: "wilshire-night-market",
    status: "published",
    hoursAgo: 3,
    featured: true,
    body: [
      {
        p: "By 6:30 on Friday evening, the smoke from three charcoal grills had drifted halfway down the block, and the line for hotteok at the corner of Wilshire Boulevard and Serrano Avenue was 40 people deep. The Koreatown Night Market, which drew an estimated 11,000 visitors on its busiest night last year, opened its third season with 60 vendors, up from 42, and a new closing time of 10 p.m.",
      },
      {
        p: "The earlier shutdown, an hour sooner than last summer, was the price of a permit renewal. Residents of two apartment buildings on the block filed 31 noise complaints with the city last season, most of them about generators and amplified music late at night. This year the organizers, the Wilshire Center Merchants Association, rented a shared battery system and banned speakers at individual stalls.",
      },
      { photo: "night-market-grill" },
      {
        p: "Min-ja Oh, who sells skewered rice cakes from a stall she runs with her son, said the shorter night would cost her about a tenth of her sales. She did not seem to mind much. Between customers she pointed at the crowd, a mix of teenagers, office workers still wearing lanyards and grandparents pushing strollers, and said the market had become the best part of her week.",
      },
      {
        quote:
          "“장사도 장사지만, 여기 오면 동네 사람들 얼굴을 다 봐요. 작년엔 이렇게 많이 올 줄 몰랐어요.” (“Business is business, but here I get to see every face in the neighborhood. Last year I had no idea this many people would come.”)",
      },
      { h2: "What’s different this year" },
      {
        list: [
          "Hours: Fridays, 5 to 10 p.m., through the end of summer",
          "Location: Wilshire Boulevard between Serrano Avenue and Hobart Boulevard, closed to cars from 3 p.m.",
          "Payment: most stalls take cards; an ATM is at the merchants association tent",
          "Getting there: the Wilshire/Western subway station is a short walk away",
        ],
      },
      {
        p: "Jae-hoon Baik, the association’s president, said the group would count visitors with the same hand clickers it used last year and share the figures with the council office at the end of the season. If complaints drop, he wants to ask for a second night. “We are not trying to be a festival,” he said. “We are trying to be a habit.”",
      },
    ],
  },
  {
    slug: "olympic-boulevard-water-main-break",
    headline: "Water main break closes part of Olympic Boulevard; repairs expected to last into Friday",
    dek: "A cast-iron pipe laid in 1927 ruptured before dawn near Olympic and Normandie, flooding two intersections and cutting water to about 30 buildings for several hours.",
    section: "local",
    authors: ["digital-desk"],
    tags: ["koreatown", "transit", "city-hall"],
    hero: "olympic-water-main",
    status: "published",
    hoursAgo: 20,
    updatedHoursAgo: 14,
    body: [
      {
        p: "A water main broke beneath Olympic Boulevard near Normandie Avenue shortly before 5 a.m. Thursday, sending water across two intersections and into the parking lots of several businesses. Both directions of Olympic were closed between Western and Vermont avenues, and city crews said they expected the road to remain closed until early Friday while they replaced the damaged section.",
      },
      {
        p: "The 12-inch cast-iron pipe was installed in 1927, according to the city. Crews shut off the flow within about 90 minutes, but water service was interrupted for roughly 30 residential and commercial buildings on nearby blocks. Service was restored to most of them by 11 a.m., a city spokesperson said, and volunteers handed out bottled water in a church parking lot on Normandie.",
      },
      { h2: "Detours" },
      {
        p: "Buses that normally run on Olympic are detouring via Pico Boulevard in both directions, and riders should expect delays of 10 to 15 minutes. Drivers are being directed to Eighth Street. Two schools in the area opened on time; one asked families to use a side entrance because of standing water near its main gate on Thursday morning.",
      },
      {
        p: "No injuries were reported. The owners of two restaurants near the break said water reached their back kitchens but not their dining rooms, and both planned to reopen Friday after cleaning. Businesses with flood damage can file a claim with the city; the form is available online and at the council district office on Wilshire Boulevard.",
      },
      {
        p: "Update, 6 p.m.: City crews said the damaged section of pipe had been removed and a replacement would be installed overnight. Repaving is scheduled for the weekend, and one lane in each direction of Olympic is expected to reopen in time for the Friday morning commute. Full lanes should return by Monday, the city said.",
      },
    ],
  },
  {
    slug: "vermont-avenue-bus-lanes-construction",
    headline: "Bus-only lanes are coming to Vermont Avenue next month. Here is what changes for drivers and riders",
    dek: "Crews will repaint about four miles of Vermont Avenue over ten weeks, removing some rush-hour parking and adding red lanes that planners say will save riders minutes on each trip.",
    section: "local",
    authors: ["sarah-kim"],
    tags: ["transit", "koreatown"],
    hero: "vermont-bus-lane",
    status: "published",
    hoursAgo: 28,
    body: [
      {
        p: "Construction on peak-hour bus lanes along Vermont Avenue will begin the second week of next month, transit officials told a Koreatown neighborhood council on Wednesday night, and is expected to take about ten weeks. The red-painted lanes will run in both directions between Beverly and Exposition boulevards and will be reserved for buses from 7 to 10 a.m. and 3 to 7 p.m. on weekdays.",
      },
      {
        p: "Buses on the corridor average about 8 miles per hour at rush hour, according to figures presented at the meeting, slower than a typical cyclist. Planners estimate the lanes will save riders four to six minutes per trip. About 38,000 people board a bus on Vermont on an average weekday, and a majority of them do not own a car, according to the most recent rider survey.",
      },
      { h2: "What drivers should know" },
      {
        list: [
          "About 140 metered spaces become no-parking zones during lane hours; they remain available at other times",
          "Right turns are still allowed from the bus lane at intersections",
          "Work will happen overnight, 9 p.m. to 5 a.m., one half-mile segment at a time",
          "Tickets for driving in the lane will begin after a 60-day warning period",
        ],
      },
      {
        p: "Not everyone at the meeting was persuaded. Sun-hee Baek, who owns a dry cleaner near Vermont and Sixth Street, said her customers stop at the curb for two or three minutes to drop off clothes on their way to work. “The morning is my whole business,” she said. Planners said loading zones would be added on side streets at 11 locations, including one around the corner from her shop.",
      },
      {
        p: "Others came to ask for more. Three riders who spoke during public comment said the lanes should run all day, not only at rush hour, because midday buses on Vermont are often just as crowded with students and shift workers. A planner at the meeting said speeds would be reviewed after six months and the hours could be extended without new construction.",
      },
      {
        p: "The neighborhood council voted 11-4 to send a letter of support with two requests: brighter lighting at bus stops south of Wilshire, and signs in Korean and Spanish explaining the lane hours. Notices will be mailed to every business on the corridor at least two weeks before work reaches its block, officials said.",
      },
    ],
  },
  {
    slug: "koreatown-tenants-eviction-delay-hearing",
    headline: "Tenants of a 1920s Koreatown building win a delay as their landlord seeks to empty it for renovation",
    dek: "A judge gave residents of the 48-unit Hobart Arms until at least March, after tenants argued the owner had not filed the relocation paperwork that the city’s rent rules require.",
    section: "local",
    authors: ["sarah-kim", "daniel-cho"],
    tags: ["housing", "koreatown", "city-hall"],
    hero: "koreatown-apartment-tenants",
    status: "published",
    hoursAgo: 50,
    correction:
      "An earlier version of this story misstated the number of occupied units at the Hobart Arms. Forty-one of the building’s 48 units are occupied, not 44.",
    body: [
      {
        p: "A Los Angeles Superior Court judge on Monday postponed eviction proceedings against tenants of the Hobart Arms, a four-story brick building in Koreatown, until at least March, giving residents more time to challenge their landlord’s plan to empty the building for a top-to-bottom renovation. Forty-one of the building’s 48 units are occupied, many by tenants who have lived there for more than 15 years.",
      },
      {
        p: "The owner, a limited liability company called Hobart Residential Partners, bought the building last year for $14.2 million and served notices in the summer saying it intended to replace the plumbing, wiring and elevator. Under the city’s rent stabilization rules, a landlord can temporarily remove tenants for major work but must file a habitability plan and pay relocation costs. Tenants argued that the plan had never been filed.",
      },
      {
        p: "Lawyers for the company said in court papers that the plan had been submitted and was pending with the city’s housing department. The judge said she wanted to see a copy stamped as received before deciding anything further. A spokesperson for the company, reached by email, said the owners “remain committed to a safe, modern building and to treating every resident fairly under the law.”",
      },
      { h2: "Fifteen years on the third floor" },
      {
        p: "Young-sook Han, 71, has lived in a one-bedroom on the third floor since 2009. Her rent is $1,080 a month, less than half of what a renovated unit nearby would bring. She keeps her building notices in a plastic folder sorted by date, and on Monday she carried it to the courthouse downtown with four neighbors. “I read every letter twice,” she said. “Then my daughter reads it again.”",
      },
      {
        p: "The tenants are represented by a nonprofit legal clinic that has taken on eight similar cases in Koreatown since January, according to its director, Leah Moon. She said renovation evictions had become more common as older buildings changed hands. “The work may be real,” Moon said. “The question is whether people get to come back, and at what rent.”",
      },
      {
        p: "The next hearing is set for March 4. Until then, tenants may stay in their units and continue paying rent at the current rate. The city’s housing department did not respond to questions about the status of the habitability plan by Tuesday evening, and the company declined to say when it expected work to begin.",
      },
    ],
  },
  {
    slug: "serrano-library-korean-collection-doubles",
    headline: "A Koreatown library branch doubles its Korean-language shelves, and the waiting lists shrink",
    dek: "The Serrano Avenue branch added 3,400 Korean titles this year, from picture books to large-print novels, after a petition from regular patrons and a grant from a community foundation.",
    section: "local",
    authors: ["grace-lee"],
    tags: ["education", "koreatown", "seniors"],
    hero: "library-korean-shelves",
    status: "published",
    hoursAgo: 75,
    body: [
      {
        p: "For years the Korean-language section at the Serrano Avenue branch library fit on four shelves near the back wall, and the most popular titles carried waiting lists longer than the loan period. This month the branch finished unpacking 3,400 new books, doubling the collection and moving it to the front of the building, beside the windows where older patrons like to read in the afternoon.",
      },
      {
        p: "The expansion began with a petition. In the spring, a group of regulars from a nearby senior apartment building collected 600 signatures asking for more large-print Korean books and current fiction. The branch manager, Teresa Nam, forwarded the request along with circulation figures showing that Korean titles were checked out at nearly twice the rate of the branch’s collection as a whole.",
      },
      {
        p: "A $90,000 grant from the Wilshire Community Foundation paid for most of the books, which were ordered through two distributors in Seoul and one in Los Angeles. About a third are children’s titles, including bilingual picture books. The rest range from cookbooks and travel guides to recent literary novels and a complete set of a long-running historical comic series.",
      },
      { h2: "First in line" },
      {
        p: "Kyung-ja Yoon, 79, was first through the door on the Saturday the new shelves opened. She had been waiting since February for a novel by an author she likes, and she found it on the shelf instead of on hold. “I read slower now,” she said. “So I need more time, not more waiting.” She checked out three books and left a list of five more.",
      },
      {
        p: "Nam said the branch is planning a monthly Korean-language book club and a weekend story hour for toddlers led by volunteers. She also wants to keep the collection current, which means removing older titles each year to make room. Donations of used books are welcome, she said, but new releases are what patrons ask for most often.",
      },
    ],
  },

  // ───────────────────────────── BUSINESS ─────────────────────────────
  {
    slug: "koreatown-bakery-opens-torrance-location",
    headline: "The Koreatown bakery behind the red-bean loaf opens a third shop, this time in Torrance",
    dek: "Sunrise Bread started in a 600-square-foot storefront on Sixth Street and is now betting that South Bay families will line up the way its Koreatown regulars do.",
    section: "business",
    authors: ["daniel-cho"],
    tags: ["small-business", "food", "koreatown"],
    hero: "red-bean-bakery",
    status: "published",
    hoursAgo: 9,
    body: [
      {
        p: "The first red-bean loaf came out of the oven at 6:10 a.m. on Saturday, and by 7 there were 50 people waiting outside Sunrise Bread’s new shop in a Torrance strip mall, between a tax preparer and an eyebrow studio. It is the bakery’s third location and its first outside Koreatown, where owners Eun-jung and Tae-ho Ryu opened their original storefront on Sixth Street 13 years ago.",
      },
      {
        p: "The Ryus spent about $850,000 on the Torrance shop, including ovens, a walk-in refrigerator and the build-out of a space that was once a video store, financed with a bank loan and their savings. Tae-ho Ryu said the decision came down to a single number: about one in five customers at the Koreatown shops, judging by loyalty cards, lists a South Bay address.",
      },
      { quote: "“처음엔 빵 하나만 잘 만들자는 생각이었어요. 지금도 그 마음은 똑같아요.”" },
      {
        p: "“At first, the idea was just to make one bread well,” Eun-jung Ryu said in Korean, standing behind a counter stacked with loaves. “That feeling hasn’t changed.” She still starts the dough for the red-bean loaf herself at the Sixth Street shop every night, and it is driven to the other two stores before dawn in a van with her name misspelled on the side.",
      },
      { h2: "A crowded field" },
      {
        p: "The South Bay already has several Korean bakeries, including two franchise chains from Seoul with bright, glass-fronted shops. Owners there say rent has become the hardest cost to manage, followed closely by labor. Jin Kwak, who runs a cafe a mile away, said she welcomed the competition but worried about staffing. “Everybody is looking for the same five bakers,” she said.",
      },
      {
        p: "The Ryus have hired 14 people for the new location, nine of them bilingual, and are paying bakers $24 an hour to start, slightly above the local going rate, Tae-ho Ryu said. The shop will open at 6 a.m. daily except Tuesdays. He said there were no plans for a fourth location. His wife, standing nearby, laughed and did not agree.",
      },
    ],
  },
  {
    slug: "la-business-delegation-seoul-presidential-office",
    headline: "Koreatown business owners take their export paperwork complaints to presidential aides in Seoul",
    dek: "A 14-member delegation from Los Angeles spent an hour at the presidential office pressing for simpler export certificates on food and cosmetics bound for small importers.",
    section: "business",
    authors: ["daniel-cho"],
    tags: ["small-business", "koreatown"],
    hero: "seoul-delegation-meeting",
    status: "published",
    hoursAgo: 30,
    body: [
      {
        p: "A delegation of 14 Koreatown business owners met with senior aides at the presidential office in Seoul on Tuesday, asking the government to simplify export paperwork that they say makes it expensive for small importers in Los Angeles to bring in Korean food, cosmetics and household goods. The trip was organized by the Wilshire Center Merchants Association and paid for by its members.",
      },
      {
        p: "The group included grocers, a cosmetics distributor, two restaurant owners and the operator of a small warehouse in Vernon. Their main complaint is that certificates required for processed food exports differ from one product category to the next, and that small mixed orders are treated the same as full container loads. Several members said they now pay brokers more to handle paperwork than to ship the goods.",
      },
      {
        p: "Bae Sung-min, the presidential secretary for overseas Korean affairs, told the group that the government was reviewing export procedures for small shipments and would take their proposals to the trade ministry, according to a statement released afterward by the presidential office. The statement did not describe specific changes or a timeline, and Bae did not take questions from reporters.",
      },
      { h2: "Small orders, big binders" },
      {
        p: "Mina Hwang, who imports snack foods and sells them to about 40 stores in Southern California, brought a binder of forms to the meeting to make the point. A single mixed pallet of crackers, seaweed and instant noodles, she said, can require four separate certificates. “I showed them the binder,” Hwang said by phone from Seoul. “They took pictures of it. That is a start.”",
      },
      {
        p: "Most trade between California and South Korea moves through large companies with their own compliance staff, and small importers have long said the rules were written with those companies in mind. Jae-hoon Baik, the merchants association president, said the delegation would return on Friday and present a written summary at the association’s next monthly meeting, which is open to any member business.",
      },
    ],
  },
  {
    slug: "small-business-grant-deadline-friday",
    headline: "City small-business grants close Friday: what owners need to submit, and where to get help in Korean",
    dek: "The one-time grants of $5,000 to $15,000 are open to independent businesses with fewer than 25 employees, and two Koreatown nonprofits are holding free help sessions this week.",
    section: "business",
    authors: ["digital-desk"],
    tags: ["small-business", "city-hall", "koreatown"],
    hero: null,
    status: "published",
    hoursAgo: 46,
    body: [
      {
        p: "Applications for the city’s storefront recovery grants close at 5 p.m. Friday. The program offers one-time grants of $5,000 to $15,000 to independent businesses with fewer than 25 employees and less than $2 million in annual revenue. The money can be spent on rent, payroll, equipment, repairs or inventory, and it does not have to be repaid.",
      },
      { h2: "What you need" },
      {
        list: [
          "A business tax registration certificate from the city",
          "The business’s most recent federal tax return, or a profit-and-loss statement if it opened within the past year",
          "A government-issued photo ID for the owner",
          "A recent statement for the business bank account",
          "A lease or other proof of the business address",
        ],
      },
      {
        p: "Grants will be awarded by lottery among eligible applicants, not first come, first served, so there is no advantage to applying on the first day rather than the last. The city expects to fund about 1,200 businesses. Applicants will be notified by email within six weeks, and money is expected to arrive by direct deposit about a month after that.",
      },
      { h2: "Help in Korean" },
      {
        p: "The Koreatown Small Business Center will hold walk-in sessions with Korean-speaking staff on Wednesday and Thursday from 10 a.m. to 6 p.m. at its office on Wilshire Boulevard. The Pacific Asian Enterprise Alliance is offering appointments by phone. Both groups said owners should bring their documents on paper or on a phone, and that the sessions are free.",
      },
      {
        p: "A word of caution: the city does not charge a fee to apply and will never ask for payment to “guarantee” a grant. Several owners told the Ledger they had received calls from consultants offering to file applications in exchange for a percentage of the award. That is legal but unnecessary. The application takes most people about 40 minutes.",
      },
    ],
  },
  {
    slug: "wilshire-office-vacancies-clinics-schools",
    headline: "Office vacancies on Wilshire reach 24 percent as landlords court clinics, schools and churches",
    dek: "Owners of Koreatown’s older office towers are cutting rents and rewriting leases for tenants they once turned away, according to brokers and a new report from a local brokerage.",
    section: "business",
    authors: ["daniel-cho"],
    tags: ["small-business", "koreatown", "housing"],
    hero: "wilshire-office-towers",
    status: "published",
    hoursAgo: 98,
    updatedHoursAgo: 90,
    body: [
      {
        p: "Nearly a quarter of the office space along Wilshire Boulevard in Koreatown is empty, according to a quarterly report released Monday by Hanmaum Realty Advisors, a commercial brokerage based in the neighborhood. The vacancy rate across the corridor’s 38 office buildings reached 24 percent at the end of the last quarter, up from 17 percent two years earlier and the highest the firm has recorded.",
      },
      {
        p: "The empty floors are concentrated in buildings from the 1960s and 1970s, many with small floor plates and aging elevators. Law firms, accountants and insurance agencies that filled those suites a decade ago have downsized, moved to newer towers or gone partly remote. Asking rents have fallen about 12 percent over the same two years, the report found.",
      },
      {
        p: "Landlords are responding by pursuing tenants they once considered a poor fit for a prestige address. In the last year, dental and physical therapy clinics, two after-school tutoring academies, a Korean-language church and a culinary school have signed leases on the corridor. Several needed new plumbing or ventilation, and owners paid for the work in exchange for longer commitments.",
      },
      { h2: "“The phone rings for medical”" },
      {
        p: "“Five years ago, a landlord would not return a call from a tutoring center,” said Richard Oh, a broker who represents several building owners. “Now the phone rings for medical, education and worship, and that is about it.” Oh said a typical deal now includes four to six months of free rent on a ten-year lease, concessions that were rare before.",
      },
      {
        p: "Some owners are studying conversions to apartments, which the city has tried to encourage with faster permitting. But Oh and other brokers said most of the corridor’s buildings would be costly to convert because of deep floors and limited windows. Only one conversion, a 12-story tower near Western Avenue, is currently moving through the city’s planning process.",
      },
      {
        p: "Update: After this story was published, the owner of the largest building on the corridor said in a statement that occupancy at its tower had risen to 81 percent this year, following new leases with a medical group and a language school. The owner said it had no plans to convert any floors to housing.",
      },
    ],
  },
  {
    slug: "napa-cabbage-prices-koreatown-grocers-kimchi",
    headline: "Napa cabbage prices nearly double as Koreatown grocers head into kimchi-making season",
    dek: "A hot, wet autumn cut the harvest in California’s growing regions, and grocers say a 50-pound case of napa cabbage has climbed from about $22 to $40 in a month.",
    section: "business",
    authors: ["daniel-cho", "grace-lee"],
    tags: ["food", "small-business"],
    hero: "cabbage-pallets",
    status: "published",
    hoursAgo: 140,
    body: [
      {
        p: "The pallets of napa cabbage at the loading dock of Hanil Market on Western Avenue on Monday morning were stacked about half the usual height for this time of year. Inside, a handwritten sign above the produce bins listed the price at $1.79 a pound, up from 89 cents a month ago. Customers stopped, read it, and reached for the cabbages anyway, because kimjang, the annual kimchi-making, does not wait.",
      },
      {
        p: "Wholesale prices for a 50-pound case have climbed from about $22 to $40 in the past month, according to three Koreatown grocers and a produce distributor in the city’s wholesale district. They blamed an unusually hot and wet autumn in California’s growing regions, which brought disease to some fields and forced growers to discard part of their crop.",
      },
      { h2: "Smaller batches, or none" },
      {
        p: "For many families, the math matters. A traditional batch of winter kimchi can use 20 or 30 heads of cabbage. Soon-ok Park, 66, said she and her two sisters usually make kimchi together for six households over a single weekend. This year they plan to make half as much and buy the rest in jars. “My mother would be upset,” she said. “But my mother did not pay these prices.”",
      },
      {
        p: "Grocers are trying to keep customers by accepting smaller margins. Hanil’s produce manager, David Seo, said the store was selling cabbage close to cost and making up the difference on radishes, red pepper flakes and salted shrimp, which have not risen as sharply. Two other markets said they were limiting bulk purchases to ten heads per customer on weekends.",
      },
      {
        p: "Restaurants that make their own kimchi are absorbing the cost for now. The owner of a barbecue restaurant on Olympic Boulevard said he goes through about 300 pounds of cabbage a week and had briefly considered switching to a commercial supplier until prices fall. “The customers would notice,” he said. “I would notice first.”",
      },
      {
        p: "The distributor said supplies should improve within a few weeks as fields in the desert regions begin harvesting, though prices may not return to normal until after the new year. Families who can wait may save money, grocers said. Those who cannot are doing what they have always done: buying early, and hoping for better cabbage next year.",
      },
    ],
  },

  // ───────────────────────────── POLITICS ─────────────────────────────
  {
    slug: "koreatown-council-candidates-forum-housing-vending",
    headline: "At a packed church forum, three council candidates clash over rent, sidewalk vending and safety",
    dek: "More than 400 people filled a Koreatown church hall on Tuesday night to question the three candidates for the neighborhood’s open City Council seat in English, Korean and Spanish.",
    section: "politics",
    authors: ["sarah-kim"],
    tags: ["elections", "housing", "city-hall"],
    hero: "council-forum-church",
    status: "published",
    hoursAgo: 6,
    updatedHoursAgo: 2,
    featured: true,
    body: [
      {
        p: "The three candidates for Koreatown’s open City Council seat agreed on almost nothing Tuesday night except that the neighborhood deserves more attention from City Hall. For two hours in the fellowship hall of New Light Church, before an audience of more than 400 that spilled into the parking lot, they argued about rent, sidewalk vending, encampments and whether the city can afford any of their plans.",
      },
      {
        p: "Helen Yoo, a tenant attorney, said she would push to extend rent stabilization to apartment buildings constructed through 1995, which would cover thousands of Koreatown units that are now exempt. Robert Alvarado, who owns two laundromats and chairs a neighborhood council, called that a way to stop new construction. David Kang, a former council aide, said he would focus on speeding up affordable housing that has already been approved.",
      },
      { photo: "forum-audience" },
      {
        p: "The sharpest exchange came over sidewalk vending. Alvarado said permitted vendors were being undercut by unlicensed carts outside subway stations and called for more enforcement. Yoo said enforcement had mostly meant confiscating the carts of women who sell fruit to support their families. Kang said both of them were right and proposed a pilot market on a closed side street, which drew the loudest applause of the night.",
      },
      { h2: "Questions in three languages" },
      {
        p: "Organizers, a coalition of seven community groups, collected written questions at the door and read each one aloud in the language in which it was written, with interpreters repeating it. Of about 160 questions submitted, nearly half were in Korean, according to the organizers. Most of those asked about public safety, parking and how long older residents wait for city services.",
      },
      {
        p: "Chung-hee Lim, 74, who came with a group from a senior apartment building on Kenmore Avenue, said she had already made up her mind but wanted to hear the others anyway. She declined to say whom she favored. “They all speak well,” she said, folding her program into her bag. “I will watch what they do in the first year.”",
      },
      {
        p: "Update: On Wednesday morning, Alvarado’s campaign said he would release a written housing plan next week. Yoo and Kang said they would attend a second forum, hosted by a Spanish-language parents’ group later this month; Alvarado’s campaign said he had a scheduling conflict but had not ruled it out. The primary is in March, and the top two finishers advance to a runoff unless one candidate wins a majority.",
      },
    ],
  },
  {
    slug: "korean-language-poll-workers-voting-sites",
    headline: "County will place Korean-speaking poll workers at 40 vote centers after complaints in the spring",
    dek: "Voters and advocates said some Koreatown vote centers had no one who could explain ballot instructions in Korean during the primary, and the county says it has changed how it assigns staff.",
    section: "politics",
    authors: ["sarah-kim"],
    tags: ["elections", "immigration", "koreatown"],
    hero: "poll-worker-training",
    status: "published",
    hoursAgo: 70,
    body: [
      {
        p: "Los Angeles County election officials plan to assign at least two Korean-speaking poll workers to each of 40 vote centers in and around Koreatown for the November election, a response to complaints that some sites had no Korean speakers on duty during the spring primary. Officials described the plan at a meeting of a county language-access advisory committee on Thursday.",
      },
      {
        p: "The county already provides ballots and voting materials in Korean, along with more than a dozen other languages. But advocates said translated paper is not the same as a person who can answer a question. During the primary, volunteers with a voter-assistance hotline logged 63 calls from Korean-speaking voters who said they could not get help at their vote center.",
      },
      { photo: "korean-sample-ballot" },
      {
        p: "Ok-soon Chang, 81, was one of them. She went to a vote center at a recreation center in March and was given a ballot-marking device set to English. She asked for Korean, she said, and a poll worker tried for several minutes to change the setting before a younger neighbor, also waiting to vote, came over to help. “I was embarrassed,” Chang said. “I have voted for 25 years.”",
      },
      {
        p: "County officials said the problem was mostly one of scheduling. Enough bilingual workers were recruited, they said, but they were not always assigned to the sites where they were most needed, and some did not show up. For November, assignments will be matched to the languages voters requested in each area over the last three elections, with a reserve of Korean speakers on call.",
      },
      { h2: "The county is still hiring" },
      {
        p: "Poll workers are paid for their training and for each day they work, and the county is especially looking for speakers of Korean, Spanish, Tagalog and Vietnamese. Advocates are encouraging retirees and college students in Koreatown to apply. Applications are available on the county’s election website and on paper at several community centers in the neighborhood.",
      },
    ],
  },
  {
    slug: "school-bond-measure-koreatown-campuses",
    headline: "School board puts a $1.9 billion repair bond on the ballot, with Koreatown campuses near the top",
    dek: "The measure would pay for new roofs, cooling systems and field lighting across the district, and four schools within two miles of Wilshire and Western are among the first in line.",
    section: "politics",
    authors: ["michael-park"],
    tags: ["education", "elections"],
    hero: "school-campus-repairs",
    status: "published",
    hoursAgo: 115,
    body: [
      {
        p: "The school board voted 6-1 on Tuesday to place a $1.9 billion facilities bond on the November ballot, the district’s first request for construction money from voters in six years. The measure needs 55 percent approval to pass. If it does, district officials say the first projects would begin next summer, and several Koreatown campuses would be among them.",
      },
      {
        p: "A list of priority projects released with the resolution includes cooling systems for 11 classrooms at Normandie High School, where teachers have recorded indoor temperatures above 90 degrees early in the school year, and a full roof replacement at an elementary school on Kenmore Avenue that has leaked in every major storm for years. Two middle schools would get new plumbing and accessible restrooms.",
      },
      { photo: "field-lights-normandie" },
      {
        p: "The bond would also pay for new lighting at Normandie’s baseball and soccer fields, which have been dark after sunset since a transformer failed three years ago. Coaches have moved evening practices to parks across the city, and games that start late in the afternoon in winter are sometimes called for darkness. The lighting project is estimated at $1.4 million.",
      },
      {
        p: "The lone vote against came from a board member who said the district should first finish the projects from its last bond, about 15 percent of which remain incomplete. District staff said most of those delays were tied to contractor shortages and noted that the new measure creates an independent oversight committee that must publish public reports every quarter.",
      },
      { h2: "What it would cost" },
      {
        p: "The district estimates the bond would cost property owners about $25 per $100,000 of assessed value each year, or roughly $150 a year for a home assessed at $600,000. Renters would not be billed directly. No organized opposition has filed a ballot argument so far; the deadline to do so is next month, and the district expects at least one.",
      },
    ],
  },
  {
    slug: "citizenship-clinic-koreatown-naturalization",
    headline: "A Saturday citizenship clinic helped 212 residents start their applications. Organizers plan two more",
    dek: "Volunteer lawyers and interpreters worked through the day at a Koreatown community hall, helping permanent residents fill out forms and check whether they qualify for a fee waiver.",
    section: "politics",
    authors: ["sarah-kim"],
    tags: ["immigration", "elections", "seniors"],
    hero: "citizenship-clinic",
    status: "published",
    hoursAgo: 190,
    body: [
      {
        p: "The line outside the community hall on Catalina Street began forming at 7 a.m. on Saturday, an hour before the doors opened, and it did not get shorter until early afternoon. By the time volunteers packed up at 5, they had helped 212 people begin applications for U.S. citizenship, according to the organizers, a coalition of three Koreatown nonprofits and a volunteer lawyers’ group.",
      },
      {
        p: "Most of the applicants were permanent residents who had been eligible for years but had put it off, organizers said, often because of the cost, the length of the form or nerves about the English and civics test. More than half were over 60. Volunteers screened each person for eligibility, helped complete the application and checked whether they qualified for a reduced fee.",
      },
      {
        p: "Soon-ja Lee, 68, came to Los Angeles in 1994 and has held a green card for most of the time since. She ran a dry cleaner in Gardena for two decades and retired last year. She said that watching her grandchildren register to vote, one after another as they turned 18, had slowly changed her mind about applying.",
      },
      { quote: "“미국에 온 지 삼십 년이 됐는데, 이제야 투표를 해 보고 싶어졌어요.”" },
      {
        p: "“I have been in America for 30 years, and only now do I want to try voting,” Lee said in Korean. She left with a completed application, a checklist of documents to mail and a Korean-language study guide for the civics test, which she said she would start reading that night, after dinner, at the kitchen table.",
      },
      { h2: "What comes next" },
      {
        p: "Applicants must still submit their forms, pay any fees and attend a fingerprint appointment before an interview, which can take several months to schedule. Organizers said they would follow up with each applicant by phone. Two more clinics are planned for the spring, and volunteers who speak Korean, Spanish or Tagalog are needed for both of them.",
      },
    ],
  },

  // ───────────────────────────── EDITIONS ─────────────────────────────
  // A story written in Korean, and its English edition.
  {
    slug: "la-hanintaun-juminuihoe-sae-yesanan-tonggwa",
    headline: "LA 한인타운 주민의회, 새 예산안 통과",
    dek: "한인타운 중앙 주민의회가 내년도 예산 4만2천 달러를 만장일치로 통과시켰다. 노인 무료 점심과 거리 청소에 가장 많은 돈이 배정됐다.",
    section: "local",
    authors: ["sarah-kim"],
    tags: ["koreatown", "city-hall", "seniors"],
    hero: null,
    status: "published",
    hoursAgo: 31,
    language: "ko",
    body: [
      {
        p: "한인타운 중앙 주민의회가 지난 화요일 밤 정기 회의에서 내년도 예산안을 만장일치로 통과시켰다. 총액은 4만2천 달러로, 올해보다 약 3천 달러 늘었다.",
      },
      {
        p: "예산안에서 가장 큰 항목은 노인 무료 점심 프로그램으로, 1만2천 달러가 배정됐다. 주민의회는 한인타운 시니어센터 두 곳과 함께 매주 목요일 점심을 제공하고 있다. 거리 청소와 낙서 제거에는 9천 달러, 주민 행사에는 6천 달러가 돌아갔다.",
      },
      { h2: "주민 의견 반영" },
      {
        p: "회의에는 주민 40여 명이 참석했다. 일부 주민은 버몬트 애비뉴 버스 정류장 주변의 조명을 늘려 달라고 요청했고, 주민의회는 남은 예산 가운데 2천 달러를 조명 개선 연구에 쓰기로 했다.",
      },
      { quote: "“작은 돈이지만 주민들이 직접 정한 예산이라는 점이 중요합니다.”" },
      {
        p: "주민의회 재무위원장 박은영 씨는 이렇게 말하며 내년에는 예산 설명회를 한국어와 영어, 스페인어로 열겠다고 밝혔다. 예산안은 LA시의 승인을 거쳐 7월부터 집행된다.",
      },
    ],
  },
  {
    slug: "koreatown-neighborhood-council-passes-new-budget",
    headline: "Koreatown neighborhood council passes a new budget, with free lunches for seniors at the top",
    dek: "The Koreatown Central Neighborhood Council approved $42,000 for next year without a dissenting vote. Senior lunches and street cleaning get the most.",
    section: "local",
    authors: ["sarah-kim"],
    tags: ["koreatown", "city-hall", "seniors"],
    hero: null,
    status: "published",
    hoursAgo: 30.5,
    editionOf: "la-hanintaun-juminuihoe-sae-yesanan-tonggwa",
    body: [
      {
        p: "The Koreatown Central Neighborhood Council approved its budget for next year at its regular meeting on Tuesday night, without a dissenting vote. The total is $42,000, about $3,000 more than this year.",
      },
      {
        p: "The largest item is a free lunch program for seniors, with $12,000. The council serves lunch every Thursday with two Koreatown senior centers. Street cleaning and graffiti removal get $9,000, and community events $6,000.",
      },
      { h2: "Residents were heard" },
      {
        p: "About 40 residents attended. Several asked for more lighting around the bus stops on Vermont Avenue, and the council set aside $2,000 of what remained for a study of better lighting.",
      },
      { quote: "“It is a small sum, but what matters is that residents decided it themselves.”" },
      {
        p: "Eun-young Park, who chairs the council’s finance committee, said next year’s budget meetings will be held in Korean, English and Spanish. The budget takes effect in July, once the city approves it.",
      },
    ],
  },

  // ───────────────────────────── CULTURE ─────────────────────────────
  {
    slug: "koreatown-hangul-day-calligraphy-afternoon",
    headline: "Ink on the sidewalk: Koreatown marks 한글날 with a calligraphy afternoon for three generations",
    dek: "On Hangul Day, a Koreatown cultural center set out 30 folding tables on its plaza and invited anyone walking by to try writing the Korean alphabet with a brush.",
    section: "culture",
    authors: ["grace-lee"],
    tags: ["k-culture", "arts", "koreatown"],
    hero: "hangul-calligraphy",
    status: "published",
    hoursAgo: 22,
    featured: true,
    body: [
      {
        p: "The first thing the teachers handed out on Wednesday afternoon was not a brush but a sheet of newspaper, for practice. By 2 p.m. the plaza in front of the Korean Cultural Arts Center on Wilshire Boulevard was covered with them, each marked with wobbly circles and lines, as about 200 people sat at folding tables to learn the basic strokes of Korean calligraphy.",
      },
      {
        p: "Hangul Day, observed in South Korea on Oct. 9, celebrates the alphabet proclaimed by King Sejong in the 15th century. In Koreatown it usually passes quietly, with a school assembly or a display case of books. This year the center’s director, Hyun-joo Kwon, wanted something people could do with their hands, outdoors, where anyone walking by could sit down and join.",
      },
      { photo: "calligraphy-children" },
      {
        p: "The teachers were members of a calligraphy society that meets on Sunday mornings in a church basement. Its oldest member, Byung-chul Ahn, 84, moved from table to table correcting grips. He held each student’s wrist for a moment, then let go. Most people wanted to write their own names first, he said, which is the right instinct: a name is short, and you care how it looks.",
      },
      {
        quote:
          "“붓을 잡으면 서두를 수가 없어요. 한 획 한 획이 다 숨이에요.” (“When you hold a brush, you cannot hurry. Every stroke is a breath.”)",
      },
      {
        p: "At the next table, a 9-year-old named Chloe Seo was on her eleventh attempt at the character for her family name, with her grandmother watching and her mother filming on a phone. The grandmother said the ninth attempt had been the best, and said so several times. Chloe kept going anyway, pressing harder on each downstroke, until the brush ran dry.",
      },
      { h2: "Not only for Korean speakers" },
      {
        p: "Not everyone at the tables spoke Korean. A group of nursing students from a nearby college wrote their names phonetically in Hangul, with help, and a retired postal worker from Mid-City spent an hour on a single line of a poem he had memorized in translation. The finished sheets were clipped to a line strung between two trees, where they dried in the afternoon wind.",
      },
      {
        p: "Kwon said the center would keep the sheets and display them in its lobby through the end of the month. She hopes to make the afternoon an annual event and is looking for more brushes: the society brought 60, and by 3 p.m. there was a waiting list that wrapped around the fountain.",
      },
    ],
  },
  {
    slug: "gallery-show-koreatown-laundromat-paintings",
    headline: "A gallery show turns Koreatown laundromats into portraits of work, patience and heat",
    dek: "Painter Ji-won Shin spent two years sketching in coin laundries on Vermont Avenue and Olympic Boulevard, and the 22 canvases that came out of it are on view in Chinatown.",
    section: "culture",
    authors: ["grace-lee"],
    tags: ["arts", "koreatown"],
    hero: "laundromat-paintings",
    status: "published",
    hoursAgo: 54,
    body: [
      {
        p: "Ji-won Shin’s paintings are mostly of people waiting. A man in a painter’s cap leans against a dryer with his eyes closed. Two girls do homework on a folding table. A woman in a pink sweatshirt counts quarters into her palm, the coins made with three quick strokes of white. The 22 canvases in “Wash / Dry / Fold,” at Meridian Hall Gallery in Chinatown, were all made in Koreatown laundromats.",
      },
      {
        p: "Shin, 34, grew up above a laundromat her parents ran on Olympic Boulevard for 17 years and spent afternoons after school folding customers’ towels for a dollar a load. After art school she avoided the subject, she said, because it felt too close. Two years ago, after her father sold the business, she went back with a sketchbook and asked the new owner whether she could sit in a corner.",
      },
      {
        p: "She ended up drawing in nine laundromats, usually on weekday evenings, when the machines are busiest and the customers are working people stopping between jobs. She asked permission before sketching anyone and gave each sitter a small drawing in return. Several came to the opening; one brought the drawing, framed, to hold up beside the finished painting.",
      },
      { h2: "Color from the machines" },
      {
        p: "The palette comes from the places themselves: the institutional green of old coin-operated dryers, the orange of molded plastic chairs, the flat blue-white of fluorescent tubes. Shin paints thinly and quickly, often finishing a canvas in one long session, and leaves pencil lines visible underneath. The effect is less nostalgic than attentive, like a long look at someone who does not know they are being noticed.",
      },
      {
        p: "The gallery’s director, Paul Yoon, said the show had drawn more first-time visitors than any exhibition in the space’s four years, many of them Korean-American families who come on weekends. Prices range from $1,800 to $9,500. Shin said she had turned down an offer for the largest painting, of her father behind the counter, because she is giving it to him.",
      },
    ],
  },
  {
    slug: "review-soondubu-counter-western-avenue",
    headline: "Review: At a 12-seat soondubu counter on Western, the broth does the talking",
    dek: "Sanmaeul Tofu serves one dish in six versions, its cook starts the anchovy stock at 5 a.m., and it is the most satisfying $16 lunch in Koreatown right now.",
    section: "culture",
    authors: ["grace-lee"],
    tags: ["food", "koreatown"],
    hero: "soondubu-counter",
    status: "published",
    hoursAgo: 80,
    body: [
      {
        p: "There are 12 stools at Sanmaeul Tofu, all of them facing the stove, and for most of the lunch hour every one of them is taken. The restaurant opened this summer in a narrow storefront on Western Avenue that was last a phone repair shop, and the menu fits on a card the size of a postcard: soft tofu stew in six versions, rice, a fried egg and four side dishes that change daily.",
      },
      {
        p: "The owner and only cook, Mi-ran Jeon, worked for nine years at a large soondubu restaurant in Seoul before moving to Los Angeles. She starts the stock at 5 a.m. with dried anchovies, kelp and radish, and she makes her own chili oil, darker and less sweet than most. She does not make her own tofu, she says cheerfully. She buys it from a family maker in Gardena.",
      },
      { photo: "soondubu-bowl" },
      {
        p: "The seafood version, with clams, shrimp and a few rings of squid, is the one to order first. It arrives still bubbling in a black earthenware pot, the tofu trembling in the middle like custard, and the broth is briny and deep without being heavy. Crack the raw egg in right away and let it set at the edges while you start on the rice. The mild level has real heat; the hot level is for people with plans.",
      },
      {
        p: "The beef and mushroom stew is nearly as good, earthy with shiitake and thin slices of brisket. The kimchi version is sharper and a little flat by comparison. The side dishes are modest but carefully made: on one visit, spinach with sesame, fish cake with green chili, a crisp cucumber kimchi and a soft potato salad that tasted of somebody’s lunchbox, in the best way.",
      },
      { h2: "Know before you go" },
      {
        list: [
          "Sanmaeul Tofu, Western Avenue near Fifth Street",
          "Open 11 a.m. to 8 p.m., closed Mondays",
          "Stews $14 to $18; cash and cards accepted",
          "No reservations; expect a 20-minute wait around noon",
        ],
      },
      {
        p: "Service is brisk. Jeon’s husband handles the register and the door, and he will seat you the moment a stool opens, even if your companion is still parking. It is not a place to linger, and it does not pretend to be. It is a place to eat something hot and exact, and to walk back out onto Western a little warmer than you came in.",
      },
    ],
  },
  {
    slug: "wilshire-theater-k-drama-finale-watch-party",
    headline: "An old Wilshire movie palace fills with 1,100 fans for a Korean drama’s final episode",
    dek: "The owners of the restored Crescent Theatre streamed the last episode of a hit Korean romance on its big screen, and tickets sold out in nine minutes.",
    section: "culture",
    authors: ["grace-lee"],
    tags: ["k-culture", "koreatown"],
    hero: "theater-watch-party",
    status: "published",
    hoursAgo: 160,
    correction:
      "An earlier version of this article misspelled the name of the theater’s co-owner. She is Anna Choi-Delgado, not Anna Choe-Delgado.",
    body: [
      {
        p: "At 6:58 p.m. on Sunday, the lights went down at the Crescent Theatre on Wilshire Boulevard, and 1,100 people who had spent 16 weeks arguing online about a fictional lighthouse keeper went quiet at once. The final episode of “The Lighthouse Keeper’s Daughter,” the Korean romance that became the most-discussed series in Koreatown this season, played on the theater’s 50-foot screen minutes after its release in Seoul.",
      },
      {
        p: "The screening was arranged by the theater’s owners, Anna Choi-Delgado and her brother Peter Choi, under an agreement with the streaming service that carries the series. Tickets cost $12 and sold out in nine minutes. The siblings bought the 1929 theater four years ago and have been looking ever since for events that fill its balcony more than a few times a year.",
      },
      {
        p: "The audience came in costume and in groups. A dozen women from a church choir wore matching yellow raincoats, like the one the title character wears in the first episode. Several men in their 20s carried handmade signs for a minor character, the lighthouse inspector, who was written out in week nine and never forgiven. At the concession stand, the line for tteokbokki was longer than the line for popcorn.",
      },
      { h2: "A room that talked back" },
      {
        p: "It was not a quiet screening. The audience gasped at the first reunion, groaned at a long flashback and applauded when the scheming harbor master was finally led away. When the last scene cut to black, there was a pause of perhaps two seconds before someone in the balcony shouted a single Korean word that roughly means “unbelievable,” and the room broke into laughter and then applause.",
      },
      {
        p: "Ji-hye Moon, 52, drove from Fullerton with her daughter and her daughter’s college roommate, who does not speak Korean and had followed the series with subtitles. “We have been watching it together on the phone every week, each in our own house,” Moon said in the lobby afterward. “Tonight we could finally cry in the same room.”",
      },
      {
        p: "Choi-Delgado said two other distributors had already contacted the theater about similar events, and she hopes to schedule one every season. The next one may be smaller, she said, and that is fine with her. “Not everything is a lighthouse.”",
      },
    ],
  },
  {
    slug: "koreatown-youth-orchestra-seoul-busan-tour",
    headline: "A Koreatown youth orchestra raises $48,000 for its first summer tour to Seoul and Busan",
    dek: "The 64 musicians, ages 12 to 18, played weddings, sold cookies and busked outside a grocery store for a year to pay for a ten-day trip with three concerts.",
    section: "culture",
    authors: ["michael-park"],
    tags: ["arts", "education", "k-culture"],
    hero: "youth-orchestra-rehearsal",
    status: "published",
    hoursAgo: 210,
    body: [
      {
        p: "For most of the past year, the Koreatown Youth Philharmonic has rehearsed on Tuesday nights in a middle school band room and spent its weekends raising money. Members played at 14 weddings, two funerals and a bank opening. They sold 3,000 walnut cookies. On Saturday mornings a string quartet busked outside a grocery store on Olympic Boulevard, beside a cardboard sign explaining where the money was going.",
      },
      {
        p: "On Thursday the orchestra’s board announced that it had reached its goal of $48,000, enough to send all 64 musicians and eight chaperones on a ten-day tour of South Korea next summer. The trip includes concerts in Seoul and Busan and a joint rehearsal with a Busan high school orchestra that has been trading recorded performances with the group for three years.",
      },
      {
        p: "The orchestra was founded 19 years ago by a retired music teacher, and most of its members are the children or grandchildren of immigrants. About a fifth of this year’s players have never been to Korea. Conductor Samuel Hur said that was part of the reason for the trip, but not all of it. “They have worked like professionals,” he said. “They should get to travel like professionals once.”",
      },
      {
        p: "Concertmaster Erin Byun, 17, a senior who plans to study engineering, said the hardest part of the year was not the fundraising but the music. The tour program includes a Dvořák symphony, a suite of Korean folk songs arranged by a Los Angeles composer and a short new piece written for the orchestra by a former cellist. “The new piece is the scariest,” she said. “Nobody has ever played it wrong before.”",
      },
      { h2: "A send-off at home" },
      {
        p: "The group will give a free send-off concert at a church auditorium on Sixth Street before it leaves. Donations collected at the door will go to a scholarship fund, so that next year’s players can join the orchestra regardless of what their families can pay, and will not have to sell quite as many cookies.",
      },
    ],
  },

  // ───────────────────────────── SPORTS ─────────────────────────────
  {
    slug: "normandie-high-lefthander-strikes-out-14-section-final",
    headline: "Normandie High’s left-hander strikes out 14 and sends the Tigers to their first section final",
    dek: "Junior Alex Jung allowed two hits in a 3-1 semifinal win on Wednesday, finishing the game on 112 pitches with a fastball his coach says he did not have a year ago.",
    section: "sports",
    authors: ["michael-park"],
    tags: ["baseball", "education"],
    hero: "normandie-pitcher",
    status: "published",
    hoursAgo: 12,
    body: [
      {
        p: "Alex Jung had thrown 104 pitches when he walked back out to the mound for the seventh inning on Wednesday, and his coach did not bother to look toward the bullpen. Jung struck out the first two batters on curveballs, got the third to ground out to second, and Normandie High beat Eastside Prep 3-1 to reach the City Section Division II final for the first time in school history.",
      },
      {
        p: "The junior left-hander finished with 14 strikeouts, two hits allowed and one walk. His fastball sat between 84 and 86 miles per hour on a scout’s radar gun behind home plate, four or five miles an hour faster than last spring. Jung credited a winter of long-toss sessions with his father in the parking lot of their apartment building, where the only hazard was side mirrors.",
      },
      {
        p: "Normandie scored all three of its runs in the fourth. Senior shortstop Marco Villanueva doubled into the left-field corner, catcher Ben Kwon walked, and sophomore Isaiah Grant lined a single up the middle that the center fielder let skip past him for a two-run error. Grant scored on a squeeze bunt. Eastside Prep’s only run came on a solo home run in the sixth.",
      },
      { h2: "A team that practices in the dark" },
      {
        p: "The win is notable for a team that has not been able to practice on its own field after sunset for three years, since the lights failed. The Tigers start at 2:45, right after the last bell, and players with jobs or late classes sometimes miss half the session. Coach Ray Medina said the team had learned to be efficient. “We do not have time to waste,” he said. “We barely have time to play catch.”",
      },
      {
        p: "Normandie will face the winner of Thursday’s other semifinal on Saturday at 1 p.m. at a neutral site to be announced by the section. Medina said Jung would not pitch on short rest and that he had not chosen a starter. “Everybody wants the ball,” he said, “and that is a good problem to have.”",
      },
    ],
  },
  {
    slug: "koreatown-youth-soccer-league-loses-fields",
    headline: "A 900-player youth soccer league loses its home fields to park repairs, and the scramble begins",
    dek: "The Koreatown Youth Soccer Association has six weeks to find practice space for 62 teams after the city closed its home park for a drainage and turf project expected to last a year.",
    section: "sports",
    authors: ["michael-park", "sarah-kim"],
    tags: ["soccer", "city-hall", "koreatown"],
    hero: "soccer-park-fence",
    status: "published",
    hoursAgo: 16,
    body: [
      {
        p: "On Saturday morning there were supposed to be 18 games at Westmoreland Park. Instead there was a chain-link fence, a construction trailer and a laminated notice from the city’s parks department announcing that the fields would be closed for about 12 months for drainage repairs and new turf. The Koreatown Youth Soccer Association, which has played there since 2008, got the notice nine days earlier.",
      },
      {
        p: "The league has 62 teams and about 900 players between the ages of 5 and 14, most of them from families living within a mile of the park. Registration costs $95 a season, with scholarships for about a third of players. League president Yoon-hee Jang said the association had no objection to the repairs, which parents had requested for years because rain left the fields muddy for days. The problem is timing.",
      },
      {
        p: "“We found out the same week we were printing the fall schedule,” Jang said. The league has asked for temporary access to school fields and is talking with two churches whose parking lots are large enough for small-sided practices. It is also considering cutting practices to 45 minutes so it can fit more teams into whatever space it finds.",
      },
      { h2: "Few open fields nearby" },
      {
        p: "A parks department spokesperson said the project had been on the department’s public calendar since spring and that notices were posted at the park weeks in advance. The department is helping the league request permits at three other parks, but those fields are heavily booked by adult leagues on weekends. Weeknight slots after 6 p.m. are easiest to find, the spokesperson said, and least useful for young children.",
      },
      {
        p: "Parents are organizing too. About 40 have volunteered to coach extra sessions at a middle school on Sunday afternoons if the district approves the use, and a father who works as a contractor has offered to build portable goals. “My daughter is 7,” said Javier Ortiz. “She does not understand drainage. She understands that Saturday is soccer.”",
      },
      {
        p: "The council office that represents the area said it would host a meeting with the league and parks officials next week. Jang said she would bring a map of every field within two miles and a list of the hours each one sits empty, and she intends to ask about every single one.",
      },
    ],
  },
  {
    slug: "koreatown-bar-korean-baseball-dawn-broadcasts",
    headline: "The Koreatown bar that opens at 2:30 a.m. for baseball from Seoul",
    dek: "During the Korean pro baseball season, a basement sports bar on Sixth Street fills with night-shift workers, students and retirees watching live games that start before dawn.",
    section: "sports",
    authors: ["michael-park"],
    tags: ["baseball", "koreatown", "small-business"],
    hero: "baseball-bar-dawn",
    status: "published",
    hoursAgo: 100,
    body: [
      {
        p: "Korean professional baseball games start at 6:30 in the evening in Seoul, which in Los Angeles during the summer is 2:30 in the morning. That is when Dong-soo Yang unlocks the basement door of Homerun Pocha, a sports bar beneath a travel agency on Sixth Street, turns on six televisions and starts a large pot of coffee, because at that hour most of his customers are not drinking beer.",
      },
      {
        p: "They are taxi drivers coming off shift, hospital workers headed to a 6 a.m. start, graduate students on deadline and retirees who are awake anyway. On a recent Wednesday there were 31 people in the room at 3 a.m., most of them fans of two rival clubs, seated by allegiance on opposite sides of the bar. Yang serves rice porridge, toast and grilled sausages until the last out.",
      },
      {
        p: "Yang, 58, grew up near a ballpark in Incheon and moved to Los Angeles in 2002. He opened the bar as an ordinary night spot and tried the early-morning broadcasts on a whim during the pandemic, when nothing else was on. Now the morning crowd brings in about a third of his revenue, he said, and it has carried the bar through two slow years.",
      },
      { h2: "Rules of the room" },
      {
        list: [
          "No changing the channel during a rival’s at-bat",
          "Cheering songs are allowed; drums are not",
          "Whoever predicts the exact final score eats breakfast free",
          "Everyone out by 7 a.m.; the travel agency upstairs opens at 8",
        ],
      },
      {
        p: "Kwang-ho Ro, 71, a retired machinist, has come three mornings a week since the first season of broadcasts. He wears the same cap to every game and sits in the same chair by the door. He tried watching at home on a tablet, he said, but found it lonely. “At home, if they lose, I go to sleep angry,” he said. “Here, if they lose, we complain together and then we eat.”",
      },
      {
        p: "The Korean league’s regular season runs into early autumn, and Yang plans to keep the early hours through the postseason. After that, the morning crowd scatters until spring, though a few regulars still stop by at dawn for coffee out of habit. Yang leaves the basement door unlocked for them, and the coffee pot on.",
      },
    ],
  },
  {
    slug: "koreatown-seniors-walking-club-marathon-relay",
    headline: "A Koreatown seniors’ walking club finishes its first marathon relay, with a 91-year-old on the last leg",
    dek: "Twelve members of the Wilshire Striders, ages 67 to 91, split the 26.2 miles into short legs at a community relay in Long Beach and crossed the finish line together.",
    section: "sports",
    authors: ["michael-park", "grace-lee"],
    tags: ["seniors", "koreatown"],
    hero: "seniors-relay",
    status: "published",
    hoursAgo: 230,
    body: [
      {
        p: "The Wilshire Striders meet at 6 a.m. on weekdays in the parking lot of a Koreatown senior center, stretch for ten minutes and walk a two-mile loop through the neighborhood, talking the whole way. On Sunday they did something different. Twelve members, ages 67 to 91, completed a marathon relay at a community race in Long Beach, each walking a leg of one to three miles, in 7 hours and 48 minutes.",
      },
      {
        p: "The club was founded eight years ago by a retired nurse, Myung-hee Pyo, who started walking with two neighbors after her doctor told her to move more. It now has 46 members and a group chat that begins every morning with the weather. Pyo, 74, said the relay was the idea of newer members who wanted a goal. “At our age, people assume the goal is to not fall down,” she said. “We have more than one.”",
      },
      {
        p: "The race allowed relay teams of up to 12 and gave them nine hours to finish. The Striders planned the legs around knees, hips and preferences. The two fastest walkers took the longest stretches along the beach path. A member recovering from cataract surgery walked the shortest leg, with a friend beside her reading the course signs aloud. A volunteer drove a minivan between handoff points.",
      },
      { h2: "The last mile" },
      {
        p: "The final leg went to Chang-sik Moon, who is 91 and walks the club’s loop five days a week with a cane he mostly carries rather than uses. He set off with 1.2 miles to go, and the rest of the team joined him for the last few hundred yards. Race volunteers held up the finish tape again for them, although the last official runners had come through two hours earlier.",
      },
      {
        p: "Moon said afterward that he had felt fine and was mainly worried about being slow. His teammates said he was not slow. The club has already signed up for a half-marathon relay in the spring and is recruiting. Anyone 60 or older is welcome, Pyo said. The only requirement is showing up on time, and the second requirement is talking.",
      },
    ],
  },

  // ───────────────────────────── OPINION ─────────────────────────────
  {
    slug: "column-normandie-high-field-lights",
    headline: "Column: Normandie High reached a section final while practicing in the dark. Turn its lights back on",
    dek: "The Tigers have practiced without field lights for three years, and a $1.4 million repair should not have to wait for a bond measure that may or may not pass in November.",
    section: "opinion",
    authors: ["michael-park"],
    tags: ["baseball", "education"],
    hero: "field-lights-normandie",
    status: "published",
    hoursAgo: 8,
    body: [
      {
        p: "On Wednesday afternoon, Normandie High’s baseball team won the biggest game in its history, and by 7:45 the field where the Tigers practice was dark again. It has been dark every evening for three years, since a transformer that powers the light poles failed and was never replaced. The team practices in the gap between the last bell and sunset, and in the first weeks of the season that gap closes before 6.",
      },
      {
        p: "I have covered high school sports in this city for 12 years, and I have seen programs do a lot with a little. I have rarely seen a school ask its students to do this much with this little for this long. Players with afternoon jobs miss practice. Games are called for darkness in the sixth inning. The soccer teams share the same problem and the same sliver of daylight.",
      },
      { photo: "normandie-pitcher" },
      {
        p: "The district says the fix is coming. New lighting for the fields is on the priority list of the $1.9 billion repair bond on the November ballot. That is good news if the bond passes, and if the projects proceed on schedule, and if the lights are near the front of the line. Those are three ifs for a repair the district itself estimates at $1.4 million.",
      },
      {
        p: "I am not arguing that lights matter more than roofs or classroom air conditioning. They do not. I am arguing that a district this size has found money of this scale for urgent repairs at other campuses before, without waiting for voters, and that the students at Normandie have been patient long enough to be treated as urgent too.",
      },
      {
        p: "Alex Jung, the left-hander who struck out 14 on Wednesday, learned to throw harder by playing catch with his father in an apartment parking lot. That is a good story. It should not have to be the only kind of story Normandie’s athletes get to tell. Turn the lights on, and let’s see what they do with a full evening.",
      },
    ],
  },
  {
    slug: "column-koreatown-restaurants-never-needed-elevating",
    headline: "Column: Our parents’ restaurants never needed to be ‘elevated’",
    dek: "Reviews of Koreatown restaurants often praise the new places for improving on the old ones, but the plain, family-run rooms that fed this neighborhood were never a rough draft.",
    section: "opinion",
    authors: ["grace-lee"],
    tags: ["food", "k-culture", "koreatown"],
    hero: "kalbi-restaurant-family",
    status: "published",
    hoursAgo: 60,
    body: [
      {
        p: "Every few months I read a sentence that goes something like this: a young chef has taken the humble food of Koreatown and elevated it. The restaurant in question usually has good lighting, a natural wine list and a rice bowl that costs $28. Often the food is excellent. It is the verb I keep tripping over, because it assumes the food was somewhere low to begin with.",
      },
      {
        p: "My parents ran a galbi restaurant on Eighth Street for 22 years. It had 14 tables, a carpet my father replaced exactly once and a menu with photographs that faded from the window side in. My mother marinated short ribs every night in a plastic tub the size of a bathtub and would not tell anyone the ratio, including me. It was not humble food. It was a great deal of work.",
      },
      {
        p: "Restaurants like theirs fed the neighborhood through recessions, unrest and a pandemic, usually at prices that barely moved because their customers could not afford for them to move. They hired relatives and then their relatives’ friends. They were where people held first birthdays, funeral lunches and business deals. None of that was a rough draft for something better.",
      },
      { photo: "soondubu-counter" },
      {
        p: "I do not want to be unfair to the new places. Some of the best meals I have eaten this year came from young cooks doing something genuinely new with Korean food, and many of them are the children of those older restaurants. Sanmaeul Tofu, the 12-seat counter I reviewed recently, is neither old nor fancy. It is great because it does one thing with care.",
      },
      {
        p: "What I am asking for is a different verb. Say a chef has changed a dish, or translated it, or argued with it. Say the new version is lighter, or sharper, or more expensive, which is fine. But leave the old rooms their dignity. They were never waiting to be lifted. They were holding up a good part of this city the whole time.",
      },
    ],
  },
  {
    slug: "column-wilshire-empty-offices-should-become-homes",
    headline: "Column: Wilshire’s empty offices will not fill themselves. Let some of them become homes",
    dek: "A quarter of the office space on Koreatown’s main corridor sits vacant while rents climb on the side streets, and the city can do more to make conversions worth an owner’s while.",
    section: "opinion",
    authors: ["daniel-cho"],
    tags: ["housing", "koreatown", "city-hall"],
    hero: "empty-office-floor",
    status: "published",
    hoursAgo: 88,
    body: [
      {
        p: "Walk down Wilshire Boulevard between Vermont and Western on a weekday evening and count the lit windows above the fourth floor. It will not take long. Nearly a quarter of the corridor’s office space is empty, according to a report this month from a local brokerage, and there is little reason to believe most of it is coming back as offices anytime soon.",
      },
      {
        p: "Meanwhile, the side streets a block away are among the most crowded in the city. Families share two-bedroom apartments with other families. Rents in older buildings rise as the buildings change hands, and tenants end up in court fighting renovation evictions. The neighborhood has too many empty desks and not enough bedrooms, sometimes within sight of each other.",
      },
      { photo: "wilshire-office-towers" },
      {
        p: "Converting offices to apartments is hard, and I do not want to pretend otherwise. Many towers on Wilshire have deep floors that leave interior rooms without windows. Plumbing has to run to places it was never meant to go. Brokers who know these buildings tell me that most conversions would not make financial sense today, and I believe them.",
      },
      {
        p: "But “today” is a condition that policy can change. The city could reduce fees for conversions on the corridor, allow windowless interior space to be used for storage, laundry and shared rooms rather than bedrooms, and guarantee a permit decision within a fixed number of days. It could also say clearly, in advance, how many affordable units it expects in return. Owners can plan around a rule. They cannot plan around a negotiation.",
      },
      {
        p: "The alternative is to let the towers limp along, renting floors at a discount to whoever will take them, while the housing shortage plays out a block away. Some of the new tenants, the clinics and schools, are welcome. But an office building that is three-quarters full is still a building that could be doing more. Let some of them become homes.",
      },
    ],
  },
  {
    slug: "note-to-readers-how-we-correct-stories",
    headline: "A note to readers: how The Pacific Ledger corrects and updates its stories online",
    dek: "When we get something wrong, we fix it and say so at the end of the story, and when news changes after we publish, we add an update with the time rather than quietly rewriting.",
    section: "opinion",
    authors: ["digital-desk"],
    tags: ["from-the-newsroom"],
    hero: null,
    status: "published",
    hoursAgo: 235,
    body: [
      {
        p: "Readers sometimes ask why a story on our website looks different from the version they read an hour earlier, or why a line at the bottom says a correction was made. This note explains what we change, how we mark it and how to tell us when you think we have something wrong. It applies to everything we publish online, in English and in Korean.",
      },
      { h2: "Corrections" },
      {
        p: "When a story contains an error of fact, such as a misspelled name, a wrong number, a wrong date or a quote attributed to the wrong person, we fix the error in the text and add a correction notice at the end of the story explaining what was wrong. We do not remove the notice later. If an error changes the meaning of a story, an editor will also say so at the top.",
      },
      { h2: "Updates" },
      {
        p: "News often keeps moving after we publish. When we add significant new information, such as a response from someone who had not yet replied, a new figure or a change in a road closure, we mark the story as updated and show the time. Small edits for clarity, style or typing errors are not marked, as long as they do not change any facts.",
      },
      {
        list: [
          "Corrections: errors of fact, fixed and always noted at the end of the story",
          "Updates: new information added after publication, marked with the time",
          "Editor’s notes: used when a story’s framing or sourcing has changed",
          "Removal: extremely rare, only for legal or safety reasons, and explained in a note",
        ],
      },
      {
        p: "If you see an error, write to the digital desk at digital@example.com and include a link to the story and what you believe is wrong. A person reads every message. We reply when we make a change, and often when we do not, to explain why. Messages in Korean are welcome and will be answered in Korean by a member of our staff.",
      },
    ],
  },

  // ───────────────────────────── DRAFTS ─────────────────────────────
  {
    slug: "second-entrance-wilshire-western-station-study",
    headline: "Transit planners study a second entrance for the Wilshire/Western station, closer to new apartments",
    dek: "A feasibility study will look at a new entrance on the north side of Wilshire Boulevard, where about 2,000 apartments have been built or approved since the station opened.",
    section: "local",
    authors: ["sarah-kim"],
    tags: ["transit", "koreatown", "housing"],
    hero: null,
    status: "draft",
    hoursAgo: 4,
    body: [
      {
        p: "Transit planners have begun a feasibility study for a second entrance to the Wilshire/Western subway station, according to a memo circulated to neighborhood councils this week. The station has one entrance, on the south side of Wilshire Boulevard, and riders coming from the apartment towers to the north must cross six lanes of traffic to reach it. The study is expected to take about nine months.",
      },
      {
        p: "The memo cites rapid residential growth near the station. About 2,000 apartments have been built or approved within a quarter mile since it opened, most of them north of Wilshire. Planners will look at two possible locations for a new entrance, including a corner lot now used for parking, and estimate costs and ridership for each. The memo does not include a cost estimate.",
      },
      {
        p: "The study comes as the agency prepares to start construction on peak-hour bus lanes along Vermont Avenue, a few blocks east, and as neighborhood planning groups push for better connections between bus and rail. Several neighborhood council members have asked for a second entrance for years, citing long waits at the Western Avenue crosswalk and crowded sidewalks at rush hour.",
      },
      { photo: "vermont-bus-lane" },
      {
        p: "[TK: response from the owner of the corner lot; confirm whether it is under contract.] Residents who spoke with the Ledger said they would welcome a shorter walk. Ha-eun Jo, who lives in a tower two blocks north and commutes downtown, said she sometimes waits through two light cycles to cross. “The train takes nine minutes,” she said. “Getting to it takes eleven.”",
      },
      {
        p: "Planners will present preliminary findings at a public meeting in the spring. Any new entrance would require additional funding and several years of design and construction, according to the memo, which lists no target date for opening. Residents can comment on the study by email or at the meeting.",
      },
    ],
  },
  {
    slug: "review-pojangmacha-pop-up-eighth-street",
    headline: "Review: A tented pojangmacha pop-up in a Koreatown parking lot gets the late-night mood right",
    dek: "On Friday and Saturday nights, an orange tent behind a karaoke bar serves skewers, fish cake soup and spicy rice cakes until 2 a.m., and the food is better than it needs to be.",
    section: "culture",
    authors: ["grace-lee"],
    tags: ["food", "koreatown"],
    hero: null,
    status: "draft",
    hoursAgo: 27,
    body: [
      {
        p: "The orange tarp goes up at 8 p.m. on Fridays and Saturdays in the back lot of a karaoke bar on Eighth Street, and by 9 the plastic stools underneath are full. The pop-up, called Night Owl Pocha, borrows its look from the street tents of Seoul, down to the green soju bottles and the plastic sheeting that snaps in the wind, and its menu from the kind of food you want after 11.",
      },
      {
        p: "Start with the fish cake soup, which comes in a dented aluminum pot with long skewers of folded eomuk and a broth that is clean, peppery and very hot. The spicy rice cakes are chewy and sweet, with a slow burn, and better with the optional cheese than they have any right to be. Chicken skewers glazed with soy and garlic come off a small charcoal grill at the edge of the tent.",
      },
      {
        p: "The owners, two brothers who also run a catering business, say they started the pop-up last spring as an experiment and kept it going because customers kept coming back. They have a temporary food permit and an arrangement with the karaoke bar, which sells the drinks. [TK: confirm permit type with the county health department; confirm spelling of both brothers’ names.]",
      },
      {
        p: "It is not a quiet place, and it does not want to be. Groups arrive after karaoke still singing, and the tables sit close enough that conversations overlap. On one visit, a table of nurses coming off a late shift shared their rolled omelet with the table beside them, which was mostly strangers. That is, more or less, the whole point of a pojangmacha.",
      },
      {
        p: "Prices run from $6 for a bowl of soup to $18 for a platter of grilled skewers, and portions are generous. Bring cash for the fastest service, though cards are accepted. Dress warmly: the tent keeps out the wind but not the cold, and the two patio heaters do their best.",
      },
    ],
  },
  {
    slug: "voter-guide-koreatown-council-candidates",
    headline: "Voter guide: the three candidates for Koreatown’s open City Council seat, in their own words",
    dek: "We asked each candidate the same six questions about housing, public safety, small business and city services, and this guide publishes their answers with light edits for length.",
    section: "politics",
    authors: ["digital-desk"],
    tags: ["elections", "city-hall"],
    hero: "council-forum-church",
    status: "draft",
    hoursAgo: 8,
    body: [
      {
        p: "The race for Koreatown’s open City Council seat has drawn three candidates, and the primary is in March. To help readers compare them, the digital desk sent each campaign the same six questions with a limit of 150 words per answer. All three responded. We edited the answers only for length and style and translated them for our Korean-language edition.",
      },
      { h2: "The candidates" },
      {
        list: [
          "Helen Yoo, tenant attorney",
          "Robert Alvarado, laundromat owner and neighborhood council chair",
          "David Kang, former City Hall aide",
        ],
      },
      {
        p: "[TK: insert full answers once the Kang campaign sends its revised response to question four.] The questions covered rent and housing supply, sidewalk vending, homelessness, public safety, support for small businesses, and how each candidate would make the council office easier to reach for residents who speak Korean, Spanish or other languages.",
      },
      {
        p: "Our reporting on the race, including coverage of this week’s forum at a Koreatown church, is available on our politics page. The Pacific Ledger does not endorse candidates in its news pages. This guide is meant only to put the candidates’ own positions side by side, in the same format, so that readers can weigh them for themselves.",
      },
      {
        p: "If there is a question you wish we had asked, send it to digital@example.com. We plan to collect reader questions and put the most common ones to all three candidates before the second forum later this month, and we will publish their answers as an update to this guide, marked with the date.",
      },
    ],
  },

  // ───────────────────────────── IN REVIEW ─────────────────────────────
  {
    slug: "hanil-market-workers-file-for-union-election",
    headline: "Workers at a Korean grocery chain’s three Los Angeles stores file for a union election",
    dek: "Cashiers, stockers and kitchen staff at Hanil Market say they want predictable schedules and a written pay scale, and the company says it respects its employees’ right to decide.",
    section: "business",
    authors: ["daniel-cho"],
    tags: ["small-business", "koreatown"],
    hero: null,
    status: "in_review",
    hoursAgo: 2,
    body: [
      {
        p: "Workers at the three Los Angeles stores of Hanil Market, a family-owned Korean grocery chain, filed a petition with the National Labor Relations Board on Monday asking for a union election. About 210 employees, including cashiers, stockers, butchers and workers in the stores’ prepared-food kitchens, would be eligible to vote, according to the petition. An election could be scheduled within weeks.",
      },
      {
        p: "Employees who support the union said their main concerns were scheduling and pay. Schedules are posted on Friday for the following week, and hours can swing by 15 or more from one week to the next, they said. Starting pay is close to the state minimum wage, and there is no written scale for raises. Several workers said a raise depended on which manager you asked.",
      },
      {
        p: "Sun-young Paik, a cashier at the Western Avenue store for eight years, said she wanted the company to succeed. “This is not about being against the family,” she said. “They started small like us. We just want to know next month’s hours before next month.” Paik said she signed a union card over the summer after her hours were cut twice in one month.",
      },
      {
        p: "In a statement, Hanil’s chief operating officer, Jason Cha, said the company “respects the right of every employee to make their own decision” and had raised wages twice in the past two years. He said Hanil would share information with employees about what a union would mean for them. The company did not say whether it had hired outside consultants.",
      },
      {
        p: "If the vote succeeds, Hanil would be among the first Korean-owned grocery chains in Southern California with a unionized workforce. [EDITOR: please have legal check the “among the first” line before publication.] The workers are being organized by a local of a national food and commercial workers’ union, which has won votes at two other Asian grocery chains in the region this year.",
      },
    ],
  },
  {
    slug: "normandie-girls-soccer-wins-wilshire-cup",
    headline: "Normandie girls’ soccer, built from a neighborhood youth league, wins its first tournament title",
    dek: "Eleven of the Tigers’ 18 players grew up in the Koreatown Youth Soccer Association, whose home fields just closed for a year, and they won the Wilshire Cup on penalties in the rain.",
    section: "sports",
    authors: ["michael-park"],
    tags: ["soccer", "education"],
    hero: null,
    status: "in_review",
    hoursAgo: 5,
    body: [
      {
        p: "The Normandie High girls’ soccer team won the Wilshire Cup preseason tournament on Saturday, beating Crestview Academy on penalties after a 2-2 draw in a final played in steady rain. It was the first tournament title in the program’s history. Senior goalkeeper Hana Oh saved two penalties, and sophomore Dalia Reyes scored the deciding kick low into the left corner.",
      },
      {
        p: "Eleven of the Tigers’ 18 players came up through the Koreatown Youth Soccer Association, the neighborhood league that lost its home fields this month when the city closed Westmoreland Park for a year of repairs. Several of them still coach younger players in the league on weekends, and on Saturday about 30 league children watched the final from the stands in matching ponchos.",
      },
      { photo: "soccer-park-fence" },
      {
        p: "Coach Andrea Lim said the connection to the league shaped the team’s style, built on short passing and patience. “They have been playing together since they were six,” she said. “They know where each other will be before they get there.” Junior Sophie Han led the team with four goals in the tournament, three of them assisted by Reyes, her teammate since kindergarten.",
      },
      {
        p: "Like the baseball team, the girls’ soccer team practices without lights, which the district has placed on its list of projects if voters approve a repair bond in November. In winter that leaves about an hour and a half of daylight after classes. Lim said her players had adapted by doing fitness work in the gym and saving the field for the ball. [TK: confirm with the district whether the lights are in the first phase.]",
      },
      {
        p: "Normandie opens its league season at home next week. Lim said she had asked the league to schedule as many afternoon kickoffs as possible. “We play better when we can see the ball,” she said, “which I think is true of most teams, but we have the data on it.”",
      },
    ],
  },
  {
    slug: "weekend-road-closures-olympic-repaving-5k-run",
    headline: "Weekend traffic: Olympic Boulevard repaving and a 5K run will close Koreatown streets",
    dek: "Crews will repave the stretch of Olympic Boulevard damaged by this week’s water main break, and a charity run will close part of Wilshire Boulevard on Sunday morning.",
    section: "local",
    authors: ["digital-desk"],
    tags: ["transit", "koreatown"],
    hero: null,
    status: "in_review",
    hoursAgo: 1,
    body: [
      {
        p: "Two events will close streets in Koreatown this weekend, and drivers should allow extra time or avoid the area. City crews will repave Olympic Boulevard between Western and Vermont avenues, the stretch damaged by Thursday’s water main break, from 6 a.m. Saturday to about 6 p.m. Sunday. One lane in each direction will stay open, with flaggers at the major intersections.",
      },
      {
        p: "On Sunday morning, a 5K charity run organized by a Koreatown food bank will close Wilshire Boulevard between Normandie Avenue and Western Avenue from 6 to 10 a.m., along with several side streets on the course. About 2,500 runners and walkers are registered. Street parking on the route is prohibited from midnight, and cars left on the course will be towed.",
      },
      { h2: "At a glance" },
      {
        list: [
          "Olympic Boulevard, Western to Vermont: one lane each way, 6 a.m. Saturday to about 6 p.m. Sunday",
          "Wilshire Boulevard, Normandie to Western: closed 6 to 10 a.m. Sunday",
          "Buses on Olympic detour via Pico Boulevard; buses on Wilshire detour via Sixth Street during the run",
          "The Wilshire/Western subway station stays open throughout",
        ],
      },
      {
        p: "Buses will detour during both events. Lines that normally use Olympic will shift to Pico Boulevard on Saturday and Sunday, as they did after the water main break, and buses on Wilshire will use Sixth Street during the run. The Wilshire/Western subway station will remain open, and organizers recommend it for anyone coming to cheer.",
      },
      {
        p: "Businesses along both routes will be open. Several restaurants on Olympic said they would post signs pointing customers to parking on side streets, and the food bank has arranged for a few cafes on Wilshire to open early for runners. People who want to support the food bank without running can donate at the finish line, near Wilshire and Western, until noon.",
      },
    ],
  },
];

/** The day's story budget in the demo: due this many hours after the seed runs; people by their demo email. */
export type SeedPlan = {
  slugLine: string;
  notes: string;
  section: string;
  reporter: string | null;
  editor: string;
  dueInHours: number;
  slot: "lead" | "top" | "section" | null;
};

export const seedPlans: SeedPlan[] = [
  {
    slugLine: "COUNCIL-RENT-VOTE",
    notes: "City Council votes on the rent stabilization extension; reaction from Koreatown tenants. 700 words, photo.",
    section: "politics",
    reporter: "sarah.kim@example.com",
    editor: "editor@example.com",
    dueInHours: 3,
    slot: "lead",
  },
  {
    slugLine: "HEAT-WAVE-WEEKEND",
    notes: "Forecast for the weekend heat; cooling centers and hours. 400 words, update through the day.",
    section: "local",
    reporter: null,
    editor: "editor@example.com",
    dueInHours: 5,
    slot: "top",
  },
  {
    slugLine: "KBO-OPENING-NIGHT",
    notes: "Watch party for the KBO season opener at a Koreatown sports bar. 500 words, gallery.",
    section: "sports",
    reporter: null,
    editor: "editor@example.com",
    dueInHours: 28,
    slot: "section",
  },
];
