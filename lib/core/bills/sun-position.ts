/**
 * Where the sun is, from NOAA's "General Solar Position Calculations" (NOAA Global Monitoring Laboratory,
 * https://gml.noaa.gov/grad/solcalc/solareqns.PDF). Written from those published equations; the PDF itself was not
 * re-read this session, so sun-position.test.ts checks the results against facts that do not depend on it (the
 * solstice declination of ±23.44°, a noon zenith of |latitude − declination|, the equation of time's ±16 minutes).
 *
 *   γ (fractional year, radians) = 2π/N × (day of year − 1 + (hour − 12)/24), N = 365 or 366
 *   equation of time (minutes)   = 229.18 × (0.000075 + 0.001868 cos γ − 0.032077 sin γ − 0.014615 cos 2γ − 0.040849 sin 2γ)
 *   declination (radians)        = 0.006918 − 0.399912 cos γ + 0.070257 sin γ − 0.006758 cos 2γ + 0.000907 sin 2γ
 *                                   − 0.002697 cos 3γ + 0.00148 sin 3γ
 *   time offset (minutes)        = equation of time + 4 × longitude − 60 × UTC offset     (longitude east positive)
 *   true solar time (minutes)    = local standard clock minutes + time offset
 *   hour angle (degrees)         = true solar time / 4 − 180
 *   cos(zenith)                  = sin(latitude) sin(declination) + cos(latitude) cos(declination) cos(hour angle)
 */

const DEG = Math.PI / 180;

export interface SunAngles {
  /** Degrees from straight up; above 90 the sun is below the horizon. */
  zenithDegrees: number;
  declinationDegrees: number;
  equationOfTimeMinutes: number;
}

/**
 * The sun at a moment given in local standard time: day of year (1-based), minutes after midnight, at a site
 * (latitude north positive, longitude east positive, standard-time UTC offset in hours, −8 for California).
 */
export function sunAt(dayOfYear: number, minuteOfDay: number, daysInYear: number, latitude: number, longitude: number, utcOffsetHours: number): SunAngles {
  const gamma = ((2 * Math.PI) / daysInYear) * (dayOfYear - 1 + (minuteOfDay / 60 - 12) / 24);
  const equationOfTime =
    229.18 * (0.000075 + 0.001868 * Math.cos(gamma) - 0.032077 * Math.sin(gamma) - 0.014615 * Math.cos(2 * gamma) - 0.040849 * Math.sin(2 * gamma));
  const declination =
    0.006918 -
    0.399912 * Math.cos(gamma) +
    0.070257 * Math.sin(gamma) -
    0.006758 * Math.cos(2 * gamma) +
    0.000907 * Math.sin(2 * gamma) -
    0.002697 * Math.cos(3 * gamma) +
    0.00148 * Math.sin(3 * gamma);
  const trueSolarMinutes = minuteOfDay + equationOfTime + 4 * longitude - 60 * utcOffsetHours;
  const hourAngle = (trueSolarMinutes / 4 - 180) * DEG;
  const cosZenith = Math.sin(latitude * DEG) * Math.sin(declination) + Math.cos(latitude * DEG) * Math.cos(declination) * Math.cos(hourAngle);
  return {
    zenithDegrees: Math.acos(Math.max(-1, Math.min(1, cosZenith))) / DEG,
    declinationDegrees: declination / DEG,
    equationOfTimeMinutes: equationOfTime,
  };
}

/**
 * Clear-sky irradiance on a horizontal surface, relative (W/m² ÷ 1,000): the extraterrestrial beam attenuated
 * through the air mass (Meinel and Meinel's 0.7^(AM^0.678), with Kasten and Young's air mass), times cos(zenith),
 * plus 10 % for the diffuse sky. Only its shape is used: production.ts scales it to the design tool's monthly kWh.
 */
export function clearSkyShape(zenithDegrees: number): number {
  if (zenithDegrees >= 90) return 0;
  const cosZenith = Math.cos(zenithDegrees * DEG);
  const airMass = 1 / (cosZenith + 0.50572 * (96.07995 - zenithDegrees) ** -1.6364);
  const beam = 1.353 * 0.7 ** (airMass ** 0.678);
  return 1.1 * beam * cosZenith;
}
