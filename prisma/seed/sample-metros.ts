/**
 * Where the fictional sample organizations are. Every office sits on a real
 * ZIP centroid; every name is invented; phone numbers are drawn from the
 * 555-0100–555-0199 range that is reserved for fiction.
 */
import type { SampleProfileName } from "./sample-profiles";

export interface SampleOffice {
  zip: string;
  /** Neighborhood or town, for the office's name. */
  area: string;
}

export interface SampleOrganization {
  name: string;
  profile: SampleProfileName;
  offices: SampleOffice[];
  /** Organizations that write their own texts in Spanish. */
  sourceLocale?: "es";
  /** Languages beyond English (and Spanish, which every sample office offers). */
  languages?: string[];
}

export interface SampleMetro {
  city: string;
  stateCode: string;
  timezone: string;
  areaCode: string;
  streets: string[];
  languages: string[];
  /** Counties (5-digit FIPS) the metro's rapid-response hotline covers; the whole state when empty. */
  hotlineCounties: string[];
  organizations: SampleOrganization[];
}

export const SAMPLE_METROS: SampleMetro[] = [
  {
    city: "Chicago",
    stateCode: "IL",
    timezone: "America/Chicago",
    areaCode: "312",
    streets: ["W Randolph St", "S Halsted St", "W 26th St", "N Broadway", "W Devon Ave", "S Ashland Ave"],
    languages: ["pl", "ar", "ur", "ko"],
    hotlineCounties: ["17031"],
    organizations: [
      { name: "Lakeshore Immigrant Legal Clinic", profile: "fullServiceClinic", offices: [{ zip: "60601", area: "Loop" }, { zip: "60640", area: "Uptown" }], languages: ["pl", "ar"] },
      { name: "Centro de Justicia Comunitaria de Pilsen", profile: "communityCenter", offices: [{ zip: "60608", area: "Pilsen" }], sourceLocale: "es", languages: ["mam"] },
      { name: "Prairie State Detention Defense Project", profile: "detentionProject", offices: [{ zip: "60605", area: "South Loop" }] },
      { name: "Midway Law School Immigration Clinic", profile: "lawSchoolClinic", offices: [{ zip: "60637", area: "Hyde Park" }], languages: ["fr"] },
      { name: "Devon Avenue Family Legal Services", profile: "survivorsProgram", offices: [{ zip: "60659", area: "West Ridge" }], languages: ["ur", "ar", "hi"] },
      { name: "Chicagoland Rapid Response Network", profile: "rapidResponseNetwork", offices: [{ zip: "60623", area: "Little Village" }] },
      { name: "Illinois Immigrant Legal Helpline", profile: "statewideHelpline", offices: [{ zip: "62701", area: "Springfield" }], languages: ["pl", "ar"] },
      { name: "Little Village Youth Law Project", profile: "youthProgram", offices: [{ zip: "60623", area: "Little Village" }] },
    ],
  },
  {
    city: "New York",
    stateCode: "NY",
    timezone: "America/New_York",
    areaCode: "212",
    streets: ["W 34th St", "Broadway", "Roosevelt Ave", "4th Ave", "E 149th St", "Flatbush Ave"],
    languages: ["zh", "bn", "ht", "ar", "fr", "ru"],
    hotlineCounties: ["36061", "36047", "36081", "36005", "36085"],
    organizations: [
      { name: "Hudson Immigrant Defense Collective", profile: "fullServiceClinic", offices: [{ zip: "10001", area: "Chelsea" }, { zip: "11372", area: "Jackson Heights" }], languages: ["bn", "ne", "zh"] },
      { name: "Washington Heights Legal Aid Circle", profile: "communityCenter", offices: [{ zip: "10032", area: "Washington Heights" }] },
      { name: "Five Boroughs Detention Response", profile: "detentionProject", offices: [{ zip: "10007", area: "Lower Manhattan" }], languages: ["fr", "ar"] },
      { name: "Harbor Street Law Office", profile: "lowCostFirm", offices: [{ zip: "11220", area: "Sunset Park" }], languages: ["zh"] },
      { name: "Bronx Youth Immigration Project", profile: "youthProgram", offices: [{ zip: "10451", area: "South Bronx" }], languages: ["fr", "quc"] },
      { name: "Empire State Immigrant Helpline", profile: "statewideHelpline", offices: [{ zip: "12207", area: "Albany" }], languages: ["zh", "ru"] },
      { name: "Metro New York Rapid Response Network", profile: "rapidResponseNetwork", offices: [{ zip: "11372", area: "Jackson Heights" }], languages: ["bn", "zh"] },
      { name: "Flatbush Haitian Legal Ministry", profile: "faithBased", offices: [{ zip: "11226", area: "Flatbush" }], languages: ["ht", "fr"] },
    ],
  },
  {
    city: "Los Angeles",
    stateCode: "CA",
    timezone: "America/Los_Angeles",
    areaCode: "213",
    streets: ["W Temple St", "E Cesar E Chavez Ave", "S Alvarado St", "Wilshire Blvd", "Van Nuys Blvd", "S Central Ave"],
    languages: ["ko", "tl", "zh", "hy", "fa"],
    hotlineCounties: ["06037"],
    organizations: [
      { name: "Angeles Immigrant Rights Law Center", profile: "fullServiceClinic", offices: [{ zip: "90012", area: "Civic Center" }, { zip: "90033", area: "Boyle Heights" }], languages: ["ko", "tl"] },
      { name: "Defensa Comunitaria de Boyle Heights", profile: "communityCenter", offices: [{ zip: "90033", area: "Boyle Heights" }], sourceLocale: "es" },
      { name: "Westlake Indigenous Migrant Legal Project", profile: "fullServiceClinic", offices: [{ zip: "90057", area: "Westlake" }], languages: ["mam", "quc", "kjb"] },
      { name: "Southland Detention Legal Network", profile: "detentionProject", offices: [{ zip: "90013", area: "Downtown" }], languages: ["fa", "hy"] },
      { name: "Koreatown Family Law Partners", profile: "lowCostFirm", offices: [{ zip: "90010", area: "Koreatown" }], languages: ["ko"] },
      { name: "San Fernando Valley Youth Legal Services", profile: "youthProgram", offices: [{ zip: "91331", area: "Pacoima" }] },
      { name: "Los Angeles County Rapid Response Line", profile: "rapidResponseNetwork", offices: [{ zip: "90011", area: "South Los Angeles" }], languages: ["ko", "mam"] },
      { name: "Golden State Immigrant Helpline", profile: "statewideHelpline", offices: [{ zip: "95814", area: "Sacramento" }], languages: ["zh", "vi", "tl", "pa"] },
    ],
  },
  {
    city: "Houston",
    stateCode: "TX",
    timezone: "America/Chicago",
    areaCode: "713",
    streets: ["Main St", "Bellaire Blvd", "Navigation Blvd", "Hillcroft Ave", "Harrisburg Blvd"],
    languages: ["vi", "ar", "ur", "mam"],
    hotlineCounties: ["48201"],
    organizations: [
      { name: "Bayou City Immigrant Legal Services", profile: "fullServiceClinic", offices: [{ zip: "77002", area: "Downtown" }, { zip: "77036", area: "Gulfton" }], languages: ["vi", "ar"] },
      { name: "Gulfton Community Law Center", profile: "communityCenter", offices: [{ zip: "77081", area: "Gulfton" }], languages: ["mam", "quc", "ar"] },
      { name: "Gulf Coast Detention Defense", profile: "detentionProject", offices: [{ zip: "77011", area: "Magnolia Park" }] },
      { name: "Houston Survivors Immigration Project", profile: "survivorsProgram", offices: [{ zip: "77004", area: "Third Ward" }], languages: ["vi", "ur"] },
      { name: "Harris County Rapid Response Network", profile: "rapidResponseNetwork", offices: [{ zip: "77003", area: "Second Ward" }], languages: ["vi"] },
      { name: "Second Ward Youth Immigration Clinic", profile: "youthProgram", offices: [{ zip: "77003", area: "Second Ward" }] },
    ],
  },
  {
    city: "Miami",
    stateCode: "FL",
    timezone: "America/New_York",
    areaCode: "305",
    streets: ["SW 8th St", "NE 2nd Ave", "NW 7th St", "W 49th St", "N Krome Ave"],
    languages: ["ht", "pt", "fr"],
    hotlineCounties: ["12086"],
    organizations: [
      { name: "Biscayne Immigrant Justice Center", profile: "fullServiceClinic", offices: [{ zip: "33130", area: "Brickell" }, { zip: "33012", area: "Hialeah" }], languages: ["ht", "pt"] },
      { name: "Little Haiti Legal Ministry", profile: "faithBased", offices: [{ zip: "33137", area: "Little Haiti" }], languages: ["ht", "fr"] },
      { name: "South Florida Detention Assistance Project", profile: "detentionProject", offices: [{ zip: "33125", area: "Little Havana" }], languages: ["ht"] },
      { name: "Miami-Dade Rapid Response Network", profile: "rapidResponseNetwork", offices: [{ zip: "33135", area: "Little Havana" }], languages: ["ht", "pt"] },
      { name: "Asociación Legal de la Pequeña Habana", profile: "communityCenter", offices: [{ zip: "33135", area: "Little Havana" }], sourceLocale: "es" },
      { name: "Florida Statewide Immigrant Helpline", profile: "statewideHelpline", offices: [{ zip: "32301", area: "Tallahassee" }], languages: ["ht"] },
      { name: "Homestead Farmworker Legal Project", profile: "communityCenter", offices: [{ zip: "33030", area: "Homestead" }], languages: ["mam", "quc"] },
    ],
  },
  {
    city: "Phoenix",
    stateCode: "AZ",
    timezone: "America/Phoenix",
    areaCode: "602",
    streets: ["W Washington St", "N 35th Ave", "W Indian School Rd", "S Mill Ave"],
    languages: ["ar", "sw", "nv"],
    hotlineCounties: [],
    organizations: [
      { name: "Sonoran Immigrant Legal Aid", profile: "fullServiceClinic", offices: [{ zip: "85003", area: "Downtown" }], languages: ["ar", "sw"] },
      { name: "Maryvale Community Rights Center", profile: "communityCenter", offices: [{ zip: "85033", area: "Maryvale" }] },
      { name: "Desert Detention Legal Project", profile: "detentionProject", offices: [{ zip: "85009", area: "West Phoenix" }] },
      { name: "Arizona Rapid Response Network", profile: "rapidResponseNetwork", offices: [{ zip: "85003", area: "Downtown" }] },
      { name: "Tempe Law School Immigration Clinic", profile: "lawSchoolClinic", offices: [{ zip: "85281", area: "Tempe" }], languages: ["ar"] },
    ],
  },
  {
    city: "Seattle",
    stateCode: "WA",
    timezone: "America/Los_Angeles",
    areaCode: "206",
    streets: ["2nd Ave", "Beacon Ave S", "Rainier Ave S", "S 144th St"],
    languages: ["so", "vi", "am", "zh", "tl", "uk"],
    hotlineCounties: ["53033"],
    organizations: [
      { name: "Puget Sound Immigrant Defense", profile: "fullServiceClinic", offices: [{ zip: "98104", area: "Pioneer Square" }], languages: ["so", "am", "uk"] },
      { name: "Beacon Hill Legal Access", profile: "communityCenter", offices: [{ zip: "98108", area: "Beacon Hill" }], languages: ["vi", "zh", "tl"] },
      { name: "Cascade Detention Legal Services", profile: "detentionProject", offices: [{ zip: "98168", area: "Tukwila" }], languages: ["so", "ru"] },
      { name: "Rainier Valley Youth Law Center", profile: "youthProgram", offices: [{ zip: "98118", area: "Rainier Valley" }], languages: ["so", "am"] },
      { name: "King County Rapid Response Line", profile: "rapidResponseNetwork", offices: [{ zip: "98104", area: "Pioneer Square" }], languages: ["so", "vi"] },
    ],
  },
  {
    city: "Denver",
    stateCode: "CO",
    timezone: "America/Denver",
    areaCode: "303",
    streets: ["17th St", "W Colfax Ave", "S Federal Blvd", "E Colfax Ave"],
    languages: ["am", "ar", "ne", "ru"],
    hotlineCounties: [],
    organizations: [
      { name: "Front Range Immigrant Legal Center", profile: "fullServiceClinic", offices: [{ zip: "80202", area: "Downtown" }, { zip: "80010", area: "Aurora" }], languages: ["am", "ne"] },
      { name: "Westwood Community Legal Clinic", profile: "communityCenter", offices: [{ zip: "80219", area: "Westwood" }], languages: ["quc"] },
      { name: "Rocky Mountain Detention Project", profile: "detentionProject", offices: [{ zip: "80204", area: "Lincoln Park" }], languages: ["ru", "ar"] },
      { name: "Colorado Rapid Response Network", profile: "rapidResponseNetwork", offices: [{ zip: "80204", area: "Lincoln Park" }] },
      { name: "Aurora Survivors Legal Program", profile: "survivorsProgram", offices: [{ zip: "80012", area: "Aurora" }], languages: ["am", "ar"] },
    ],
  },
  {
    city: "Atlanta",
    stateCode: "GA",
    timezone: "America/New_York",
    areaCode: "404",
    streets: ["Peachtree St NE", "Buford Hwy NE", "Marietta St NW", "E Ponce de Leon Ave"],
    languages: ["ko", "vi", "am", "ar"],
    hotlineCounties: [],
    organizations: [
      { name: "Peachtree Immigrant Legal Services", profile: "fullServiceClinic", offices: [{ zip: "30303", area: "Downtown" }], languages: ["ko", "vi"] },
      { name: "Buford Highway Community Law Center", profile: "communityCenter", offices: [{ zip: "30340", area: "Doraville" }], languages: ["ko", "vi", "zh"] },
      { name: "Georgia Detention Watch Legal Project", profile: "detentionProject", offices: [{ zip: "30318", area: "West Midtown" }] },
      { name: "Georgia Rapid Response Network", profile: "rapidResponseNetwork", offices: [{ zip: "30303", area: "Downtown" }] },
      { name: "Clarkston Refugee Legal Ministry", profile: "faithBased", offices: [{ zip: "30021", area: "Clarkston" }], languages: ["ar", "my", "ne", "so", "sw"] },
    ],
  },
  {
    city: "San Antonio",
    stateCode: "TX",
    timezone: "America/Chicago",
    areaCode: "210",
    streets: ["E Houston St", "W Commerce St", "Culebra Rd", "S WW White Rd"],
    languages: ["ar", "ps", "fa"],
    hotlineCounties: ["48029"],
    organizations: [
      { name: "Alamo Immigrant Justice Project", profile: "fullServiceClinic", offices: [{ zip: "78205", area: "Downtown" }], languages: ["ps", "fa"] },
      { name: "Centro de Defensa Comunitaria del Westside", profile: "communityCenter", offices: [{ zip: "78207", area: "Westside" }], sourceLocale: "es" },
      { name: "South Texas Detention Legal Project", profile: "detentionProject", offices: [{ zip: "78228", area: "Northwest Side" }], languages: ["ar", "fr"] },
      { name: "Bexar County Rapid Response Line", profile: "rapidResponseNetwork", offices: [{ zip: "78205", area: "Downtown" }] },
      { name: "San Antonio Youth Immigration Clinic", profile: "youthProgram", offices: [{ zip: "78237", area: "Southwest Side" }] },
      { name: "Texas Statewide Immigrant Helpline", profile: "statewideHelpline", offices: [{ zip: "78701", area: "Austin" }], languages: ["vi", "ar"] },
    ],
  },
  {
    city: "Newark",
    stateCode: "NJ",
    timezone: "America/New_York",
    areaCode: "973",
    streets: ["Ferry St", "Elizabeth Ave", "Broad St"],
    languages: ["pt", "ht"],
    hotlineCounties: [],
    organizations: [
      { name: "Ironbound Immigrant Legal Center", profile: "fullServiceClinic", offices: [{ zip: "07105", area: "Ironbound" }], languages: ["pt"] },
      { name: "Garden State Detention Project", profile: "detentionProject", offices: [{ zip: "07201", area: "Elizabeth" }], languages: ["pt", "ht"] },
      { name: "New Jersey Rapid Response Line", profile: "rapidResponseNetwork", offices: [{ zip: "07102", area: "Downtown Newark" }], languages: ["pt"] },
    ],
  },
  {
    city: "Boston",
    stateCode: "MA",
    timezone: "America/New_York",
    areaCode: "617",
    streets: ["Meridian St", "Broadway", "Bennington St"],
    languages: ["pt", "ht", "ar"],
    hotlineCounties: [],
    organizations: [
      { name: "East Boston Immigrant Law Collaborative", profile: "fullServiceClinic", offices: [{ zip: "02128", area: "East Boston" }], languages: ["pt", "ar"] },
      { name: "Chelsea Community Rights Center", profile: "communityCenter", offices: [{ zip: "02150", area: "Chelsea" }], languages: ["ht", "kjb"] },
    ],
  },
  {
    city: "Durham",
    stateCode: "NC",
    timezone: "America/New_York",
    areaCode: "919",
    streets: ["W Main St", "Horner Blvd"],
    languages: ["ar", "my"],
    hotlineCounties: [],
    organizations: [
      { name: "Triangle Immigrant Legal Aid", profile: "fullServiceClinic", offices: [{ zip: "27701", area: "Downtown Durham" }], languages: ["ar"] },
      { name: "Carolina Farmworker Rights Project", profile: "communityCenter", offices: [{ zip: "27330", area: "Sanford" }], languages: ["mam"] },
    ],
  },
  {
    city: "Omaha",
    stateCode: "NE",
    timezone: "America/Chicago",
    areaCode: "402",
    streets: ["S 24th St", "Q St"],
    languages: ["mam", "quc"],
    hotlineCounties: [],
    organizations: [
      { name: "Heartland Immigrant Legal Clinic", profile: "fullServiceClinic", offices: [{ zip: "68107", area: "South Omaha" }], languages: ["mam", "quc", "kjb"] },
    ],
  },
  {
    city: "Salt Lake City",
    stateCode: "UT",
    timezone: "America/Denver",
    areaCode: "801",
    streets: ["S Redwood Rd", "W North Temple"],
    languages: ["to", "sw"],
    hotlineCounties: [],
    organizations: [
      { name: "Wasatch Immigrant Legal Services", profile: "faithBased", offices: [{ zip: "84104", area: "Glendale" }], languages: ["to", "sm"] },
    ],
  },
  {
    city: "Portland",
    stateCode: "OR",
    timezone: "America/Los_Angeles",
    areaCode: "503",
    streets: ["NE 82nd Ave", "SE Division St"],
    languages: ["vi", "ru", "zh"],
    hotlineCounties: [],
    organizations: [
      { name: "Columbia River Immigrant Law Project", profile: "fullServiceClinic", offices: [{ zip: "97220", area: "Parkrose" }], languages: ["vi", "ru"] },
      { name: "Oregon Rapid Response Network", profile: "rapidResponseNetwork", offices: [{ zip: "97266", area: "Lents" }], languages: ["mam", "ru"] },
    ],
  },
  {
    city: "Des Moines",
    stateCode: "IA",
    timezone: "America/Chicago",
    areaCode: "515",
    streets: ["University Ave", "SE 14th St"],
    languages: ["my", "sw"],
    hotlineCounties: [],
    organizations: [
      { name: "Iowa Prairie Immigrant Legal Ministry", profile: "faithBased", offices: [{ zip: "50314", area: "Des Moines" }], languages: ["my", "sw", "quc"] },
    ],
  },
  {
    city: "Nashville",
    stateCode: "TN",
    timezone: "America/Chicago",
    areaCode: "615",
    streets: ["Nolensville Pike"],
    languages: ["ku", "ar", "so"],
    hotlineCounties: [],
    organizations: [
      { name: "Nolensville Pike Legal Center", profile: "communityCenter", offices: [{ zip: "37211", area: "South Nashville" }], languages: ["ku", "ar"] },
    ],
  },
  {
    city: "Minneapolis",
    stateCode: "MN",
    timezone: "America/Chicago",
    areaCode: "612",
    streets: ["E Lake St", "Cedar Ave S"],
    languages: ["so", "hmn", "om"],
    hotlineCounties: [],
    organizations: [
      { name: "Lake Street Immigrant Law Clinic", profile: "fullServiceClinic", offices: [{ zip: "55407", area: "Powderhorn" }], languages: ["so", "hmn", "om"] },
    ],
  },
  {
    city: "Oakland",
    stateCode: "CA",
    timezone: "America/Los_Angeles",
    areaCode: "510",
    streets: ["International Blvd", "Fruitvale Ave"],
    languages: ["mam", "quc", "zh"],
    hotlineCounties: [],
    organizations: [
      { name: "Fruitvale Mam Community Legal Project", profile: "communityCenter", offices: [{ zip: "94601", area: "Fruitvale" }], languages: ["mam", "quc"] },
    ],
  },
  {
    city: "Washington",
    stateCode: "DC",
    timezone: "America/New_York",
    areaCode: "202",
    streets: ["14th St NW", "Columbia Rd NW"],
    languages: ["am", "fr"],
    hotlineCounties: [],
    organizations: [
      { name: "Capital Area Immigrant Defense Project", profile: "detentionProject", offices: [{ zip: "20009", area: "Columbia Heights" }], languages: ["am", "fr"] },
    ],
  },
  {
    city: "Langley Park",
    stateCode: "MD",
    timezone: "America/New_York",
    areaCode: "301",
    streets: ["University Blvd E"],
    languages: ["fr", "am"],
    hotlineCounties: [],
    organizations: [
      { name: "Langley Park Legal Access", profile: "communityCenter", offices: [{ zip: "20783", area: "Langley Park" }], languages: ["mam", "fr"] },
    ],
  },
  {
    city: "Las Vegas",
    stateCode: "NV",
    timezone: "America/Los_Angeles",
    areaCode: "702",
    streets: ["E Charleston Blvd"],
    languages: ["tl", "zh"],
    hotlineCounties: [],
    organizations: [
      { name: "Silver State Immigrant Legal Aid", profile: "fullServiceClinic", offices: [{ zip: "89101", area: "East Las Vegas" }], languages: ["tl"] },
    ],
  },
  {
    city: "El Paso",
    stateCode: "TX",
    timezone: "America/Denver",
    areaCode: "915",
    streets: ["S El Paso St"],
    languages: [],
    hotlineCounties: [],
    organizations: [
      { name: "Paso del Norte Detention Defense", profile: "detentionProject", offices: [{ zip: "79901", area: "Downtown" }], languages: ["pt", "fr"] },
    ],
  },
];
