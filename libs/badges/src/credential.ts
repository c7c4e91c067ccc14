import { createHash } from 'node:crypto';

export const VC_CONTEXT_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** Defines 1EdTechJsonSchemaValidator2019, the credentialSchema type the Open Badges 3.0 examples use. */
export const OB_EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
/** The 1EdTech JSON Schema every credential names, so verifiers (and wallets) know what to check it against. */
export const OB_ACHIEVEMENT_CREDENTIAL_SCHEMA = {
  id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
  type: '1EdTechJsonSchemaValidator2019',
} as const;

export interface IssuerProfile {
  id: string;
  type: ['Profile'];
  name: string;
  url?: string;
  email?: string;
  description?: string;
}

export interface Alignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  targetDescription?: string;
  targetFramework?: string;
  targetCode?: string;
  /** OB 3.0 AlignmentTargetType: one of the schema's enum (CFItem, ceasn:Competency, …) or `ext:<Name>`. */
  targetType?: string;
}

/** Another achievement this one relates to (OB 3.0 Related): a certificate names the badges it stacks. */
export interface RelatedAchievement {
  id: string;
  type: ['Related'];
}

export interface Achievement {
  id: string;
  type: ['Achievement'];
  achievementType?: string;
  name: string;
  description: string;
  criteria: { narrative: string; id?: string };
  image?: { id: string; type: 'Image'; caption?: string };
  tag?: string[];
  alignment?: Alignment[];
  related?: RelatedAchievement[];
  /** Continuing-education hours a holder earns (the series' sessions). */
  creditsAvailable?: number;
  creator?: IssuerProfile;
}

export interface IdentityObject {
  type: 'IdentityObject';
  hashed: boolean;
  identityHash: string;
  identityType: 'emailAddress';
  salt?: string;
}

export interface Evidence {
  type: ['Evidence'];
  id?: string;
  name?: string;
  narrative?: string;
}

export interface BitstringStatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation';
  statusListIndex: string;
  statusListCredential: string;
}

/** An Open Badges 3.0 credential as Stacks issues it (before its Data Integrity proof is added). */
export interface OpenBadgeCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  issuer: IssuerProfile;
  validFrom: string;
  validUntil?: string;
  name: string;
  description?: string;
  credentialSubject: {
    /** The holder's DID, when the learner gave one from their wallet. */
    id?: string;
    type: ['AchievementSubject'];
    identifier: IdentityObject[];
    creditsEarned?: number;
    achievement: Achievement;
  };
  credentialStatus: BitstringStatusListEntry;
  credentialSchema: { id: string; type: string }[];
  evidence?: Evidence[];
}

export interface AchievementInput {
  /** Public URL of the achievement (its JSON at GET /api/v1/achievements/:id). */
  id: string;
  /**
   * OB 3.0 achievementType (its vocabulary, or `ext:` names); default Badge. A pathway's higher
   * credential is a Certificate, for example. The schema check refuses anything else.
   */
  achievementType?: string | null;
  name: string;
  description: string;
  criteriaNarrative: string;
  imageUrl?: string | null;
  tags?: string[];
  alignment?: { targetName: string; targetUrl: string; targetDescription?: string; targetFramework?: string; targetCode?: string; targetType?: string }[] | null;
  /** Public URLs of achievements this one stacks (OB 3.0 `related`). */
  related?: string[] | null;
  creditsAvailable?: number | null;
}

export interface CredentialInput {
  /** Public URL of the credential (GET /api/v1/credentials/:id). */
  id: string;
  issuer: { id: string; name: string; url?: string | null; email?: string | null; description?: string | null };
  achievement: AchievementInput;
  recipient: { email: string; salt: string; did?: string | null; creditsEarned?: number | null };
  validFrom: Date;
  validUntil?: Date | null;
  status: { statusListCredential: string; statusListIndex: number };
  evidence?: { url?: string | null; name?: string | null; narrative?: string | null }[];
}

/** ISO 8601 without milliseconds: the form the VC data model's examples (and most verifiers) use. */
export const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A salted SHA-256 of the learner's e-mail: proves who holds the badge without publishing the address. */
export function hashedEmailIdentity(email: string, salt: string): IdentityObject {
  const hash = createHash('sha256').update(email.trim().toLowerCase() + salt).digest('hex');
  return { type: 'IdentityObject', hashed: true, identityHash: `sha256$${hash}`, identityType: 'emailAddress', salt };
}

const withoutEmpty = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined && entry !== null && entry !== '')) as T;

export function buildOpenBadgeCredential(input: CredentialInput): OpenBadgeCredential {
  const issuer: IssuerProfile = withoutEmpty({
    id: input.issuer.id,
    type: ['Profile'] as ['Profile'],
    name: input.issuer.name,
    url: input.issuer.url ?? undefined,
    email: input.issuer.email ?? undefined,
  });
  const { achievement } = input;
  const achievementJson: Achievement = withoutEmpty({
    id: achievement.id,
    type: ['Achievement'] as ['Achievement'],
    achievementType: achievement.achievementType ?? 'Badge',
    name: achievement.name,
    description: achievement.description,
    criteria: { narrative: achievement.criteriaNarrative },
    image: achievement.imageUrl ? { id: achievement.imageUrl, type: 'Image' as const, caption: achievement.name } : undefined,
    tag: achievement.tags && achievement.tags.length > 0 ? [...achievement.tags] : undefined,
    alignment:
      achievement.alignment && achievement.alignment.length > 0
        ? achievement.alignment.map((target) => withoutEmpty({ type: ['Alignment'] as ['Alignment'], ...target }))
        : undefined,
    related: achievement.related && achievement.related.length > 0 ? achievement.related.map((id) => ({ id, type: ['Related'] as ['Related'] })) : undefined,
    creditsAvailable: achievement.creditsAvailable ?? undefined,
    creator: issuer,
  });
  const evidence = (input.evidence ?? [])
    .filter((item) => item.url || item.narrative)
    .map((item): Evidence => withoutEmpty({ type: ['Evidence'] as ['Evidence'], id: item.url ?? undefined, name: item.name ?? undefined, narrative: item.narrative ?? undefined }));
  return withoutEmpty({
    '@context': [VC_CONTEXT_V2, OB_CONTEXT, OB_EXTENSIONS_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'] as ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer,
    validFrom: isoSeconds(input.validFrom),
    validUntil: input.validUntil ? isoSeconds(input.validUntil) : undefined,
    name: achievement.name,
    description: achievement.description,
    credentialSubject: withoutEmpty({
      id: input.recipient.did ?? undefined,
      type: ['AchievementSubject'] as ['AchievementSubject'],
      identifier: [hashedEmailIdentity(input.recipient.email, input.recipient.salt)],
      creditsEarned: input.recipient.creditsEarned ?? undefined,
      achievement: achievementJson,
    }),
    credentialStatus: {
      id: `${input.status.statusListCredential}#${input.status.statusListIndex}`,
      type: 'BitstringStatusListEntry' as const,
      statusPurpose: 'revocation' as const,
      statusListIndex: String(input.status.statusListIndex),
      statusListCredential: input.status.statusListCredential,
    },
    credentialSchema: [{ ...OB_ACHIEVEMENT_CREDENTIAL_SCHEMA }],
    evidence: evidence.length > 0 ? evidence : undefined,
  });
}
