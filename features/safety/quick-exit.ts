/**
 * Where "quick exit" goes: a neutral page (the U.S. National Weather
 * Service), opened with location.replace so the Back button does not return
 * to this site. Isomorphic.
 */
export const NEUTRAL_PAGE_URL = "https://www.weather.gov/";

