/**
 * Destination weights for synthetic orders: 2020 US Census resident population by state
 * (millions, rounded), contiguous states and DC (Alaska and Hawaii use non-contiguous
 * zones the distance bands do not model).
 */
export const STATE_POPULATION_M: Readonly<Record<string, number>> = {
  CA: 39.5, TX: 29.1, FL: 21.5, NY: 20.2, PA: 13.0, IL: 12.8, OH: 11.8, GA: 10.7, NC: 10.4, MI: 10.1,
  NJ: 9.3, VA: 8.6, WA: 7.7, AZ: 7.2, MA: 7.0, TN: 6.9, IN: 6.8, MD: 6.2, MO: 6.2, WI: 5.9,
  CO: 5.8, MN: 5.7, SC: 5.1, AL: 5.0, LA: 4.7, KY: 4.5, OR: 4.2, OK: 4.0, CT: 3.6, UT: 3.3,
  IA: 3.2, NV: 3.1, AR: 3.0, MS: 3.0, KS: 2.9, NM: 2.1, NE: 2.0, ID: 1.8, WV: 1.8, NH: 1.4,
  ME: 1.4, RI: 1.1, MT: 1.1, DE: 1.0, SD: 0.9, ND: 0.8, DC: 0.7, VT: 0.6, WY: 0.6,
};
