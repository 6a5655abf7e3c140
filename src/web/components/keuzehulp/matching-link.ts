/**
 * The link from an advised route to the matching page ("/") with the need filled in through the
 * URL: municipality, age, the route's care kinds, the themes from the social problems, severity,
 * and patient characteristics that services may exclude. Lists are comma-separated.
 */
import type { ExclusionCode } from '../../../domain/catalog/vocabulary';
import type { Advice, HelpQuestion, RouteAdvice } from '../../api-advice';

/** Patient characteristics (kenmerken) the help question reveals, as exclusion codes. */
export function characteristicsOf(question: HelpQuestion): ExclusionCode[] {
  const codes: ExclusionCode[] = [];
  if (question.risk.acute && question.risk.kinds.includes('suicide')) codes.push('acute-suicidaliteit');
  if (question.substanceUse === 'ernstig') codes.push('primaire-verslaving');
  if (question.risk.level !== 'geen' && question.risk.kinds.includes('geweld')) codes.push('agressie');
  return codes;
}

/** The matching page's URL for this route, or null when the route has nothing to search for. */
export function matchingUrl(question: HelpQuestion, route: RouteAdvice, advice: Advice): string | null {
  if (route.careKinds.length === 0) return null;
  const list = (values: readonly string[]) => values.map(encodeURIComponent).join(',');
  const params: [string, string][] = [
    ['municipality', question.municipalityCode],
    ['age', String(question.age)],
    ['kinds', list(route.careKinds)],
  ];
  if (advice.themes.length > 0) params.push(['themes', list(advice.themes)]);
  params.push(['severity', question.severity]);
  const characteristics = characteristicsOf(question);
  if (characteristics.length > 0) params.push(['characteristics', list(characteristics)]);
  return `/?${params.map(([key, value]) => `${key}=${key === 'kinds' || key === 'themes' || key === 'characteristics' ? value : encodeURIComponent(value)}`).join('&')}`;
}
