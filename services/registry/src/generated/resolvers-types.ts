/* Generated from schema.graphql by `npm run codegen`. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CountyDoc, TownshipDoc, VillageDoc } from '../models/region.js';
import type { HouseholdDoc, StatusChangeDoc, PersonRecord, CadreDoc } from '../models/household.js';
import type { RegisterCountsRecord } from '../counts.js';
import type { SubgraphContext } from '@pas/subgraph-kit';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: Date; output: Date | string; }
  /** Instant in time, ISO 8601 with time zone. */
  DateTime: { input: Date; output: Date | string; }
  /** Amount of money in fen (分), an integer: 1 yuan = 100. */
  Money: { input: number; output: number; }
  /** Resident identity number (身份证号), GB 11643 with a valid check digit; masked unless the caller may see it. */
  ResidentId: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
};

/** A cadre sent to help: 帮扶责任人, 驻村第一书记 or work-team member. */
export type Cadre = {
  __typename?: 'Cadre';
  name: Scalars['String']['output'];
  /** Masked unless the caller may see personal data. */
  phone?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  unit: Scalars['String']['output'];
};

export type CadreInput = {
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  unit: Scalars['String']['input'];
};

/** 县 County. Poverty counties carry their designation and exit (摘帽) year. */
export type County = {
  __typename?: 'County';
  /** City (地级市) the county belongs to, e.g. 洛阳市. */
  city: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  /** 集中连片特困地区, e.g. 秦巴山片区. */
  contiguousArea?: Maybe<Scalars['String']['output']>;
  /** 深度贫困县 deep-poverty county. */
  deepPoverty: Scalars['Boolean']['output'];
  /** Year the county was removed from the poverty list (摘帽). */
  exitYear?: Maybe<Scalars['Int']['output']>;
  /** 贫困发生率: remaining poor people as a percentage of the rural population. */
  incidenceRate: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** 国家级贫困县 national poverty county. */
  nationalPovertyCounty: Scalars['Boolean']['output'];
  /** 省级贫困县 provincial poverty county. */
  provincialPovertyCounty: Scalars['Boolean']['output'];
  /** Counts of the register in this county. */
  registerCounts: RegisterCounts;
  /** Rural population (农村人口), the denominator of the incidence rate. */
  ruralPopulation: Scalars['Int']['output'];
  villages: Array<Village>;
};

export type Gender =
  | 'FEMALE'
  | 'MALE';

/** Health status (健康状况). */
export type HealthStatus =
  /** 长期慢性病 */
  | 'CHRONIC_ILLNESS'
  /** 残疾 */
  | 'DISABLED'
  | 'HEALTHY'
  /** 大病 */
  | 'SERIOUS_ILLNESS';

export type HelperInput = {
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  since: Scalars['Date']['input'];
  /** Work unit of the cadre (帮扶单位), e.g. 市人社局. */
  unit: Scalars['String']['input'];
};

/** 建档立卡户 registered poverty household. */
export type Household = {
  __typename?: 'Household';
  attribute: HouseholdAttribute;
  /** Every poverty cause recorded. */
  causes: Array<PovertyCause>;
  /** Name of the household head (户主). */
  headName: Scalars['String']['output'];
  /** 帮扶责任人 the one-to-one helper cadre. */
  helper?: Maybe<Cadre>;
  id: Scalars['ID']['output'];
  /** Year of identification (识别年度). */
  identifiedYear: Scalars['Int']['output'];
  members: Array<Person>;
  /** The main poverty cause (主要致贫原因). */
  primaryCause: PovertyCause;
  /** Current status, derived from the latest entry of the history. */
  status: HouseholdStatus;
  /** Every status change, oldest first (append-only). */
  statusHistory: Array<StatusChange>;
  /** Optimistic-concurrency version, passed back on updates. */
  version: Scalars['Int']['output'];
  village: Village;
};

/** Household attribute (贫困户属性). */
export type HouseholdAttribute =
  /** 特困供养 (五保) destitute household */
  | 'DESTITUTE'
  /** 一般贫困户 */
  | 'GENERAL'
  /** 低保贫困户 minimum-living-guarantee household */
  | 'LOW_INCOME_GUARANTEE';

export type HouseholdConnection = {
  __typename?: 'HouseholdConnection';
  edges: Array<HouseholdEdge>;
  pageInfo: PageInfo;
  /** Households matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type HouseholdEdge = {
  __typename?: 'HouseholdEdge';
  cursor: Scalars['String']['output'];
  node: Household;
};

export type HouseholdFilter = {
  attribute?: InputMaybe<HouseholdAttribute>;
  cause?: InputMaybe<PovertyCause>;
  countyCode?: InputMaybe<Scalars['ID']['input']>;
  /** Household head's name, or its beginning. */
  headName?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<HouseholdStatus>;
  townshipCode?: InputMaybe<Scalars['ID']['input']>;
  villageCode?: InputMaybe<Scalars['ID']['input']>;
};

/** Household status in its lifecycle, derived from its history. */
export type HouseholdStatus =
  /** 帮扶 being helped */
  | 'BEING_HELPED'
  /** 脱贫 exited */
  | 'EXITED'
  /** 识别 identified */
  | 'IDENTIFIED'
  /** 防返贫监测 monitored after exit */
  | 'MONITORED'
  /** removed from the register (e.g. 错评) */
  | 'REMOVED'
  /** 返贫 returned to poverty */
  | 'RETURNED_TO_POVERTY';

/** Labour capacity (劳动能力). */
export type LabourCapacity =
  /** 有劳动能力 */
  | 'FULL'
  /** 丧失劳动能力 */
  | 'NONE'
  /** 无劳动能力 (child, student, elderly) */
  | 'NOT_APPLICABLE'
  /** 弱劳动能力 */
  | 'WEAK';

export type MemberInput = {
  birthDate: Scalars['Date']['input'];
  gender: Gender;
  healthStatus: HealthStatus;
  labourCapacity: LabourCapacity;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  relation: Relation;
  residentId: Scalars['ResidentId']['input'];
};

export type MemberPatch = {
  healthStatus?: InputMaybe<HealthStatus>;
  labourCapacity?: InputMaybe<LabourCapacity>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  relation?: InputMaybe<Relation>;
  residentId?: InputMaybe<Scalars['ResidentId']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a member to a household. */
  addMember: Household;
  /** Assigns the household's one-to-one helper cadre (帮扶责任人). */
  assignHelper: Household;
  /** Appoints a village's first secretary (驻村第一书记) and its work team (驻村工作队). */
  assignVillageTeam: Village;
  /** Appends a status change (帮扶, 脱贫, 返贫, 错评 removal, 防返贫监测) to the household's history. */
  recordStatusChange: Household;
  /** Registers a household (建档立卡) with its members; the first member is the head. Status starts as IDENTIFIED. */
  registerHousehold: Household;
  /** Removes a member (death, marriage out, 分户…); the head cannot be removed. */
  removeMember: Household;
  /** Edits one member. `version` must be the household's current version. */
  updateMember: Household;
};


export type MutationAddMemberArgs = {
  householdId: Scalars['ID']['input'];
  input: MemberInput;
  version: Scalars['Int']['input'];
};


export type MutationAssignHelperArgs = {
  householdId: Scalars['ID']['input'];
  input: HelperInput;
  version: Scalars['Int']['input'];
};


export type MutationAssignVillageTeamArgs = {
  input: VillageTeamInput;
  villageCode: Scalars['ID']['input'];
};


export type MutationRecordStatusChangeArgs = {
  householdId: Scalars['ID']['input'];
  input: StatusChangeInput;
  version: Scalars['Int']['input'];
};


export type MutationRegisterHouseholdArgs = {
  input: RegisterHouseholdInput;
};


export type MutationRemoveMemberArgs = {
  householdId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUpdateMemberArgs = {
  householdId: Scalars['ID']['input'];
  input: MemberPatch;
  personId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A member of a registered household. */
export type Person = {
  __typename?: 'Person';
  birthDate: Scalars['Date']['output'];
  gender: Gender;
  healthStatus: HealthStatus;
  household: Household;
  id: Scalars['ID']['output'];
  labourCapacity: LabourCapacity;
  name: Scalars['String']['output'];
  /** Phone number, masked unless the caller may see personal data. */
  phone?: Maybe<Scalars['String']['output']>;
  relation: Relation;
  /** 身份证号, masked (first 6, last 4) unless the caller may see personal data. */
  residentId: Scalars['ResidentId']['output'];
};

/** Poverty cause (致贫原因). */
export type PovertyCause =
  /** 因残 */
  | 'DISABILITY'
  /** 因灾 */
  | 'DISASTER'
  /** 因学 */
  | 'EDUCATION'
  /** 因病 */
  | 'ILLNESS'
  /** 缺资金 */
  | 'LACK_OF_FUNDS'
  /** 缺劳力 */
  | 'LACK_OF_LABOUR'
  /** 缺土地 */
  | 'LACK_OF_LAND'
  /** 自身发展动力不足 */
  | 'LACK_OF_MOTIVATION'
  /** 缺技术 */
  | 'LACK_OF_SKILLS'
  /** 缺水 */
  | 'LACK_OF_WATER'
  /** 交通条件落后 */
  | 'POOR_TRANSPORT';

/**
 * Registry subgraph (扶贫办): the poverty household register (建档立卡) with its counties,
 * townships, villages, households and persons.
 */
export type Query = {
  __typename?: 'Query';
  /** All counties of the register, by code. */
  counties: Array<County>;
  /** One county by its 6-digit administrative code (e.g. 410326 汝阳县). */
  county?: Maybe<County>;
  /** One household by id. */
  household?: Maybe<Household>;
  /** Registered households (建档立卡户), filtered, in a stable order, Relay-style. */
  households: HouseholdConnection;
  /** One person by id. */
  person?: Maybe<Person>;
  /** One village by its 12-digit code. */
  village?: Maybe<Village>;
  /** Villages of a county, by code. */
  villages: Array<Village>;
};


/**
 * Registry subgraph (扶贫办): the poverty household register (建档立卡) with its counties,
 * townships, villages, households and persons.
 */
export type QueryCountyArgs = {
  code: Scalars['ID']['input'];
};


/**
 * Registry subgraph (扶贫办): the poverty household register (建档立卡) with its counties,
 * townships, villages, households and persons.
 */
export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Registry subgraph (扶贫办): the poverty household register (建档立卡) with its counties,
 * townships, villages, households and persons.
 */
export type QueryHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HouseholdFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Registry subgraph (扶贫办): the poverty household register (建档立卡) with its counties,
 * townships, villages, households and persons.
 */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Registry subgraph (扶贫办): the poverty household register (建档立卡) with its counties,
 * townships, villages, households and persons.
 */
export type QueryVillageArgs = {
  code: Scalars['ID']['input'];
};


/**
 * Registry subgraph (扶贫办): the poverty household register (建档立卡) with its counties,
 * townships, villages, households and persons.
 */
export type QueryVillagesArgs = {
  countyCode: Scalars['ID']['input'];
};

/** Counts of registered households and people; 'poor' means identified, being helped or returned to poverty. */
export type RegisterCounts = {
  __typename?: 'RegisterCounts';
  exitedHouseholds: Scalars['Int']['output'];
  exitedPeople: Scalars['Int']['output'];
  households: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  poorHouseholds: Scalars['Int']['output'];
  poorPeople: Scalars['Int']['output'];
};

export type RegisterHouseholdInput = {
  attribute: HouseholdAttribute;
  /** Date of identification (识别); defaults to 1 March of identifiedYear. */
  identifiedOn?: InputMaybe<Scalars['Date']['input']>;
  identifiedYear: Scalars['Int']['input'];
  /** Members, head first. */
  members: Array<MemberInput>;
  /** Other causes besides the primary one. */
  otherCauses?: InputMaybe<Array<PovertyCause>>;
  primaryCause: PovertyCause;
  villageCode: Scalars['ID']['input'];
};

/** Relation to the household head. */
export type Relation =
  | 'CHILD'
  | 'GRANDCHILD'
  | 'HEAD'
  | 'OTHER'
  | 'PARENT'
  | 'SIBLING'
  | 'SPOUSE';

/** One entry of a household's status history. */
export type StatusChange = {
  __typename?: 'StatusChange';
  /** Who recorded it. */
  actor: Scalars['String']['output'];
  date: Scalars['Date']['output'];
  /** Why, e.g. 错评 for a removal or the exit verification reference. */
  reason: Scalars['String']['output'];
  status: HouseholdStatus;
};

export type StatusChangeInput = {
  date: Scalars['Date']['input'];
  /** Why: the verification reference for an exit, 错评 for a removal, the risk for monitoring. */
  reason: Scalars['String']['input'];
  status: HouseholdStatus;
};

/** 乡镇 Township. */
export type Township = {
  __typename?: 'Township';
  code: Scalars['ID']['output'];
  countyCode: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** 行政村 Village. */
export type Village = {
  __typename?: 'Village';
  code: Scalars['ID']['output'];
  county: County;
  /** 深度贫困村 deep-poverty village. */
  deepPoverty: Scalars['Boolean']['output'];
  /** Year the village exited (出列). */
  exitYear?: Maybe<Scalars['Int']['output']>;
  /** 驻村第一书记 first secretary. */
  firstSecretary?: Maybe<Cadre>;
  /** Households of the village, Relay-style. */
  households: HouseholdConnection;
  /** 贫困发生率: remaining poor people as a percentage of the rural population. */
  incidenceRate: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** 贫困村 poverty village. */
  povertyVillage: Scalars['Boolean']['output'];
  /** Counts of the register in this village. */
  registerCounts: RegisterCounts;
  ruralPopulation: Scalars['Int']['output'];
  township: Township;
  /** 驻村工作队 village work team. */
  workTeam: Array<Cadre>;
};


/** 行政村 Village. */
export type VillageHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type VillageTeamInput = {
  firstSecretary: CadreInput;
  since: Scalars['Date']['input'];
  workTeam: Array<CadreInput>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  County: County;
  Household: Household;
  Person: Person;
  Village: Village;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  County:
    ( { __typename: 'County' }
    & GraphQLRecursivePick<FederationTypes['County'], {"code":true}> );
  Household:
    ( { __typename: 'Household' }
    & GraphQLRecursivePick<FederationTypes['Household'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Village:
    ( { __typename: 'Village' }
    & GraphQLRecursivePick<FederationTypes['Village'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Cadre: ResolverTypeWrapper<CadreDoc>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CadreInput: CadreInput;
  County: ResolverTypeWrapper<CountyDoc>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Gender: Gender;
  HealthStatus: HealthStatus;
  HelperInput: HelperInput;
  Household: ResolverTypeWrapper<HouseholdDoc>;
  HouseholdAttribute: HouseholdAttribute;
  HouseholdConnection: ResolverTypeWrapper<Omit<HouseholdConnection, 'edges'> & { edges: Array<ResolversTypes['HouseholdEdge']> }>;
  HouseholdEdge: ResolverTypeWrapper<Omit<HouseholdEdge, 'node'> & { node: ResolversTypes['Household'] }>;
  HouseholdFilter: HouseholdFilter;
  HouseholdStatus: HouseholdStatus;
  LabourCapacity: LabourCapacity;
  MemberInput: MemberInput;
  MemberPatch: MemberPatch;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonRecord>;
  PovertyCause: PovertyCause;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterCounts: ResolverTypeWrapper<RegisterCountsRecord>;
  RegisterHouseholdInput: RegisterHouseholdInput;
  Relation: Relation;
  ResidentId: ResolverTypeWrapper<Scalars['ResidentId']['output']>;
  StatusChange: ResolverTypeWrapper<StatusChangeDoc>;
  StatusChangeInput: StatusChangeInput;
  Township: ResolverTypeWrapper<TownshipDoc>;
  Village: ResolverTypeWrapper<VillageDoc>;
  VillageTeamInput: VillageTeamInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Cadre: CadreDoc;
  String: Scalars['String']['output'];
  CadreInput: CadreInput;
  County: CountyDoc;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  HelperInput: HelperInput;
  Household: HouseholdDoc;
  HouseholdConnection: Omit<HouseholdConnection, 'edges'> & { edges: Array<ResolversParentTypes['HouseholdEdge']> };
  HouseholdEdge: Omit<HouseholdEdge, 'node'> & { node: ResolversParentTypes['Household'] };
  HouseholdFilter: HouseholdFilter;
  MemberInput: MemberInput;
  MemberPatch: MemberPatch;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonRecord;
  Query: Record<PropertyKey, never>;
  RegisterCounts: RegisterCountsRecord;
  RegisterHouseholdInput: RegisterHouseholdInput;
  ResidentId: Scalars['ResidentId']['output'];
  StatusChange: StatusChangeDoc;
  StatusChangeInput: StatusChangeInput;
  Township: TownshipDoc;
  Village: VillageDoc;
  VillageTeamInput: VillageTeamInput;
};

export type CadreResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Cadre'] = ResolversParentTypes['Cadre']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County'], FederationReferenceType extends FederationReferenceTypes['County'] = FederationReferenceTypes['County']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['County']> | FederationReferenceType, FederationReferenceType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  contiguousArea?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deepPoverty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exitYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  incidenceRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationalPovertyCounty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provincialPovertyCounty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registerCounts?: Resolver<ResolversTypes['RegisterCounts'], ParentType, ContextType>;
  ruralPopulation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  villages?: Resolver<Array<ResolversTypes['Village']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HouseholdResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attribute?: Resolver<ResolversTypes['HouseholdAttribute'], ParentType, ContextType>;
  causes?: Resolver<Array<ResolversTypes['PovertyCause']>, ParentType, ContextType>;
  headName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  helper?: Resolver<Maybe<ResolversTypes['Cadre']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiedYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  primaryCause?: Resolver<ResolversTypes['PovertyCause'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HouseholdStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  village?: Resolver<ResolversTypes['Village'], ParentType, ContextType>;
};

export type HouseholdConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['HouseholdConnection'] = ResolversParentTypes['HouseholdConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HouseholdEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HouseholdEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['HouseholdEdge'] = ResolversParentTypes['HouseholdEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addMember?: Resolver<ResolversTypes['Household'], ParentType, ContextType, RequireFields<MutationAddMemberArgs, 'householdId' | 'input' | 'version'>>;
  assignHelper?: Resolver<ResolversTypes['Household'], ParentType, ContextType, RequireFields<MutationAssignHelperArgs, 'householdId' | 'input' | 'version'>>;
  assignVillageTeam?: Resolver<ResolversTypes['Village'], ParentType, ContextType, RequireFields<MutationAssignVillageTeamArgs, 'input' | 'villageCode'>>;
  recordStatusChange?: Resolver<ResolversTypes['Household'], ParentType, ContextType, RequireFields<MutationRecordStatusChangeArgs, 'householdId' | 'input' | 'version'>>;
  registerHousehold?: Resolver<ResolversTypes['Household'], ParentType, ContextType, RequireFields<MutationRegisterHouseholdArgs, 'input'>>;
  removeMember?: Resolver<ResolversTypes['Household'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'householdId' | 'personId' | 'reason' | 'version'>>;
  updateMember?: Resolver<ResolversTypes['Household'], ParentType, ContextType, RequireFields<MutationUpdateMemberArgs, 'householdId' | 'input' | 'personId' | 'version'>>;
};

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  gender?: Resolver<ResolversTypes['Gender'], ParentType, ContextType>;
  healthStatus?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
  household?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labourCapacity?: Resolver<ResolversTypes['LabourCapacity'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  residentId?: Resolver<ResolversTypes['ResidentId'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  counties?: Resolver<Array<ResolversTypes['County']>, ParentType, ContextType>;
  county?: Resolver<Maybe<ResolversTypes['County']>, ParentType, ContextType, RequireFields<QueryCountyArgs, 'code'>>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType, RequireFields<QueryHouseholdArgs, 'id'>>;
  households?: Resolver<ResolversTypes['HouseholdConnection'], ParentType, ContextType, RequireFields<QueryHouseholdsArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  village?: Resolver<Maybe<ResolversTypes['Village']>, ParentType, ContextType, RequireFields<QueryVillageArgs, 'code'>>;
  villages?: Resolver<Array<ResolversTypes['Village']>, ParentType, ContextType, RequireFields<QueryVillagesArgs, 'countyCode'>>;
};

export type RegisterCountsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RegisterCounts'] = ResolversParentTypes['RegisterCounts']> = {
  exitedHouseholds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exitedPeople?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  households?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  poorHouseholds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  poorPeople?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface ResidentIdScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['ResidentId'], any> {
  name: 'ResidentId';
}

export type StatusChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HouseholdStatus'], ParentType, ContextType>;
};

export type TownshipResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Township'] = ResolversParentTypes['Township']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  countyCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VillageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Village'] = ResolversParentTypes['Village'], FederationReferenceType extends FederationReferenceTypes['Village'] = FederationReferenceTypes['Village']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Village']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  county?: Resolver<ResolversTypes['County'], ParentType, ContextType>;
  deepPoverty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exitYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  firstSecretary?: Resolver<Maybe<ResolversTypes['Cadre']>, ParentType, ContextType>;
  households?: Resolver<ResolversTypes['HouseholdConnection'], ParentType, ContextType, RequireFields<VillageHouseholdsArgs, 'first'>>;
  incidenceRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  povertyVillage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registerCounts?: Resolver<ResolversTypes['RegisterCounts'], ParentType, ContextType>;
  ruralPopulation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  township?: Resolver<ResolversTypes['Township'], ParentType, ContextType>;
  workTeam?: Resolver<Array<ResolversTypes['Cadre']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  Cadre?: CadreResolvers<ContextType>;
  County?: CountyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Household?: HouseholdResolvers<ContextType>;
  HouseholdConnection?: HouseholdConnectionResolvers<ContextType>;
  HouseholdEdge?: HouseholdEdgeResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterCounts?: RegisterCountsResolvers<ContextType>;
  ResidentId?: GraphQLScalarType;
  StatusChange?: StatusChangeResolvers<ContextType>;
  Township?: TownshipResolvers<ContextType>;
  Village?: VillageResolvers<ContextType>;
};

