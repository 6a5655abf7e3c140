/**
 * The controlled vocabularies of the care map: kinds of care, psychosocial themes, exclusion
 * criteria, modalities and revenue-ceiling states. This is the one place these lists live; the
 * database checks, the HTTP schemas, the generator and the UI all import them from here.
 * Code values are Dutch where Dutch users or systems see them (route ids, exclusion codes).
 */

/** Kinds of care or support a service can offer (zorgsoort). */
export const CARE_KINDS = [
  { id: 'huisartsenzorg', label: 'Huisartsenpraktijk / POH-GGZ', requiresInsurerContract: false, waitsApply: false },
  { id: 'welzijn', label: 'Welzijn / sociaal domein', requiresInsurerContract: false, waitsApply: true },
  { id: 'wor', label: 'Welzijn op Recept', requiresInsurerContract: false, waitsApply: true },
  { id: 'wor-plus', label: 'Welzijn op Recept+', requiresInsurerContract: false, waitsApply: true },
  { id: 'bggz', label: 'Generalistische basis-ggz', requiresInsurerContract: true, waitsApply: true },
  { id: 'sggz', label: 'Gespecialiseerde ggz', requiresInsurerContract: true, waitsApply: true },
  { id: 'crisis', label: 'Crisisdienst', requiresInsurerContract: false, waitsApply: false },
  { id: 'consultatie', label: 'Consultatie GGZ', requiresInsurerContract: false, waitsApply: true },
  { id: 'verkennend-gesprek', label: 'Verkennend gesprek', requiresInsurerContract: false, waitsApply: true },
  { id: 'ehealth', label: 'E-health / zelfhulp', requiresInsurerContract: false, waitsApply: false },
  { id: 'ervaringsdeskundigheid', label: 'Ervaringsdeskundigheid / lotgenoten', requiresInsurerContract: false, waitsApply: false },
  { id: 'amw', label: 'Algemeen maatschappelijk werk', requiresInsurerContract: false, waitsApply: true },
] as const;
export type CareKind = (typeof CARE_KINDS)[number]['id'];
export const CARE_KIND_IDS = CARE_KINDS.map((k) => k.id) as readonly CareKind[];

/** Psychosocial themes (psychosociale thema's) a service helps with. */
export const THEMES = [
  { id: 'eenzaamheid', label: 'Eenzaamheid' },
  { id: 'schulden', label: 'Schulden en geldzorgen' },
  { id: 'werk', label: 'Werk en dagbesteding' },
  { id: 'wonen', label: 'Wonen' },
  { id: 'rouw', label: 'Rouw en verlies' },
  { id: 'relatie', label: 'Relatie en gezin' },
  { id: 'stress', label: 'Stress en overbelasting' },
  { id: 'zingeving', label: 'Zingeving' },
  { id: 'structuur', label: 'Verlies van structuur' },
  { id: 'mantelzorg', label: 'Mantelzorg' },
  { id: 'opvoeding', label: 'Opvoeding' },
  { id: 'leefstijl', label: 'Leefstijl en bewegen' },
] as const;
export type Theme = (typeof THEMES)[number]['id'];
export const THEME_IDS = THEMES.map((t) => t.id) as readonly Theme[];

/**
 * Exclusion criteria (exclusiecriteria) as structured codes. A service lists the ones it applies;
 * a need lists the patient characteristics (kenmerken) that match them.
 */
export const EXCLUSION_CODES = [
  { id: 'acute-suicidaliteit', label: 'Acute suïcidaliteit' },
  { id: 'primaire-verslaving', label: 'Primaire verslavingsproblematiek' },
  { id: 'ernstige-comorbiditeit', label: 'Ernstige psychiatrische comorbiditeit' },
  { id: 'lvb', label: 'Licht verstandelijke beperking (LVB)' },
  { id: 'agressie', label: 'Agressie of geweld' },
  { id: 'geen-nederlands', label: 'Spreekt geen Nederlands' },
  { id: 'actieve-psychose', label: 'Actieve psychose' },
  { id: 'dakloos', label: 'Geen vaste woon- of verblijfplaats' },
] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number]['id'];
export const EXCLUSION_CODE_IDS = EXCLUSION_CODES.map((e) => e.id) as readonly ExclusionCode[];

/** How a service is delivered (vorm). */
export const MODALITIES = [
  { id: 'op-locatie', label: 'Op locatie' },
  { id: 'online', label: 'Online' },
  { id: 'blended', label: 'Blended (online en op locatie)' },
  { id: 'aan-huis', label: 'Aan huis' },
] as const;
export type Modality = (typeof MODALITIES)[number]['id'];
export const MODALITY_IDS = MODALITIES.map((m) => m.id) as readonly Modality[];

/** The state of a provider's revenue ceiling (omzetplafond) for one insurer. */
export const CEILING_STATES = [
  { id: 'open', label: 'Plafond open' },
  { id: 'bijna', label: 'Plafond bijna bereikt' },
  { id: 'bereikt', label: 'Plafond bereikt' },
] as const;
export type CeilingState = (typeof CEILING_STATES)[number]['id'];
export const CEILING_STATE_IDS = CEILING_STATES.map((c) => c.id) as readonly CeilingState[];

/** How a service receives referrals or registrations (verwijskanaal). */
export const REFERRAL_CHANNELS = [
  { id: 'zorgdomein', label: 'ZorgDomein' },
  { id: 'viplive', label: 'VIPLive' },
  { id: 'telefoon', label: 'Telefonisch' },
  { id: 'email', label: 'E-mail' },
  { id: 'website', label: 'Aanmeldformulier op de website' },
  { id: 'vrij-toegankelijk', label: 'Vrij toegankelijk' },
] as const;
export type ReferralChannel = (typeof REFERRAL_CHANNELS)[number]['id'];
export const REFERRAL_CHANNEL_IDS = REFERRAL_CHANNELS.map((c) => c.id) as readonly ReferralChannel[];

/** Kinds of organisation on the care map, and of the organisations user accounts belong to. */
export const ORGANIZATION_KINDS = [
  { id: 'huisartsenpraktijk', label: 'Huisartsenpraktijk' },
  { id: 'ggz-praktijk', label: 'Vrijgevestigde ggz-praktijk' },
  { id: 'ggz-instelling', label: 'Ggz-instelling' },
  { id: 'welzijnsorganisatie', label: 'Welzijnsorganisatie' },
  { id: 'gemeente', label: 'Gemeente' },
  { id: 'regionale-organisatie', label: 'Regionale organisatie' },
  { id: 'ehealth-aanbieder', label: 'E-health-aanbieder' },
  { id: 'ervaringsorganisatie', label: 'Organisatie van ervaringsdeskundigen' },
  { id: 'zorgverzekeraar', label: 'Zorgverzekeraar' },
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]['id'];
export const ORGANIZATION_KIND_IDS = ORGANIZATION_KINDS.map((o) => o.id) as readonly OrganizationKind[];

/** Whether a waiting time is the current third free slot or the average of the last two months (NZa). */
export const WAIT_BASES = [
  { id: 'actueel', label: 'Actueel (derde vrije plek in de agenda)' },
  { id: 'retrospectief', label: 'Retrospectief (gemiddelde van de laatste twee maanden)' },
] as const;
export type WaitBasis = (typeof WAIT_BASES)[number]['id'];
export const WAIT_BASIS_IDS = WAIT_BASES.map((w) => w.id) as readonly WaitBasis[];

/** Severity of the complaints as the referrer judges it (ernst). */
export const SEVERITIES = [
  { id: 'licht', label: 'Licht' },
  { id: 'matig', label: 'Matig' },
  { id: 'ernstig', label: 'Ernstig' },
] as const;
export type Severity = (typeof SEVERITIES)[number]['id'];
export const SEVERITY_IDS = SEVERITIES.map((s) => s.id) as readonly Severity[];

/** Looks up the Dutch label of a vocabulary entry, falling back to the id. */
export function labelOf(list: readonly { id: string; label: string }[], id: string): string {
  return list.find((entry) => entry.id === id)?.label ?? id;
}

export function careKindInfo(kind: CareKind): (typeof CARE_KINDS)[number] {
  const info = CARE_KINDS.find((k) => k.id === kind);
  if (!info) throw new Error(`unknown care kind ${kind}`);
  return info;
}
