/* Generated from schema.graphql by `npm run codegen`. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { HouseholdRef, VillageRef, HouseholdHousingParent, VillageHousingParent } from '../entity-refs.js';
import type { RelocationDoc } from '../models/relocation.js';
import type { ResettlementSiteDoc } from '../models/resettlement-site.js';
import type { HouseRenovationDoc } from '../models/house-renovation.js';
import type { VillageDrinkingWaterDoc } from '../models/village-drinking-water.js';
import type { VillageInfrastructureDoc } from '../models/village-infrastructure.js';
import type { SubgraphContext } from '@pas/subgraph-kit';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

/** 危房鉴定等级 House safety grade: A and B are safe, C and D are dilapidated (危房). */
export type HouseGrade =
  /** A级 safe */
  | 'A'
  /** B级 basically safe */
  | 'B'
  /** C级危房 partly dangerous: repaired and reinforced */
  | 'C'
  /** D级危房 wholly dangerous: rebuilt or replaced */
  | 'D';

/** 危房改造 dilapidated-house renovation case of one household (一户一档、一户一策). */
export type HouseRenovation = {
  __typename?: 'HouseRenovation';
  /** 竣工年度 Year the work was finished; null while it is under way. */
  completedYear?: Maybe<Scalars['Int']['output']>;
  countyCode: Scalars['ID']['output'];
  /** The grade the house was assessed at before renovation (C or D). */
  grade: HouseGrade;
  household: Household;
  id: Scalars['ID']['output'];
  method: RenovationMethod;
  /** 补助 Government subsidy paid for this case. */
  subsidy: Scalars['Money']['output'];
  village: Village;
};

/** 建档立卡户 registered household (owned by the registry subgraph). */
export type Household = {
  __typename?: 'Household';
  /** 住房安全 What housing knows about the household: relocation and renovation. */
  housing: HouseholdHousing;
  id: Scalars['ID']['output'];
};

/** 住房安全有保障 The housing side of one household. */
export type HouseholdHousing = {
  __typename?: 'HouseholdHousing';
  /** 易地扶贫搬迁 The household's relocation, when it was relocated. */
  relocation?: Maybe<Relocation>;
  /** 危房改造 The household's renovation case, when its house was assessed dilapidated. */
  renovation?: Maybe<HouseRenovation>;
  /**
   * 住房安全有保障: true unless a renovation is unfinished or a relocated household has not
   * moved in yet. A household without either record lives in a house assessed safe.
   */
  safeHousing: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records the renovation of a dilapidated house (危房改造). One case per household
   * (一户一档): recording a second one for the same household is a CONFLICT.
   */
  recordRenovation: HouseRenovation;
};


export type MutationRecordRenovationArgs = {
  input: RecordRenovationInput;
};

/**
 * Housing subgraph (发改委/住建局): relocation (易地扶贫搬迁) to resettlement sites (集中安置点),
 * dilapidated-house renovation (危房改造), safe drinking water (安全饮水) and village
 * infrastructure (roads, buses, power grid).
 */
export type Query = {
  __typename?: 'Query';
  /** 危房改造 Renovation cases of a county, optionally of one grade, in household order (at most 500). */
  renovations: Array<HouseRenovation>;
  /** 集中安置点 Resettlement sites built in a county, by name. */
  resettlementSites: Array<ResettlementSite>;
};


/**
 * Housing subgraph (发改委/住建局): relocation (易地扶贫搬迁) to resettlement sites (集中安置点),
 * dilapidated-house renovation (危房改造), safe drinking water (安全饮水) and village
 * infrastructure (roads, buses, power grid).
 */
export type QueryRenovationsArgs = {
  countyCode: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  grade?: InputMaybe<HouseGrade>;
};


/**
 * Housing subgraph (发改委/住建局): relocation (易地扶贫搬迁) to resettlement sites (集中安置点),
 * dilapidated-house renovation (危房改造), safe drinking water (安全饮水) and village
 * infrastructure (roads, buses, power grid).
 */
export type QueryResettlementSitesArgs = {
  countyCode: Scalars['ID']['input'];
};

export type RecordRenovationInput = {
  /** Year finished, or null while under way. */
  completedYear?: InputMaybe<Scalars['Int']['input']>;
  /** Assessed grade: only C and D houses are renovated. */
  grade: HouseGrade;
  householdId: Scalars['ID']['input'];
  method: RenovationMethod;
  /** Subsidy in fen, more than zero. */
  subsidy: Scalars['Money']['input'];
  /** 12-digit code of the household's village. */
  villageCode: Scalars['ID']['input'];
};

/** 易地扶贫搬迁 relocation: one household moved from its village to a resettlement site. */
export type Relocation = {
  __typename?: 'Relocation';
  /** Kind of dwelling it was given (嵩县's 三房 model). */
  dwelling: RelocationDwelling;
  /** 迁出村 The village the household moved out of. */
  fromVillage: Village;
  household: Household;
  id: Scalars['ID']['output'];
  /** 入住 Whether the household has moved in. */
  movedIn: Scalars['Boolean']['output'];
  /** 搬迁人口 Persons moved. */
  people: Scalars['Int']['output'];
  /** 集中安置点 The site it moved to. */
  site: ResettlementSite;
  /** 搬迁年度 Year of the relocation. */
  year: Scalars['Int']['output'];
};

/** Kind of resettlement dwelling (三房). */
export type RelocationDwelling =
  /** 普通安置房 ordinary resettlement flat */
  | 'ORDINARY'
  /** 保障房 government-subsidised housing */
  | 'SUBSIDISED'
  /** 周转房 transitional housing */
  | 'TRANSITIONAL';

/** 危房改造方式 How a dilapidated house is made safe. */
export type RenovationMethod =
  /** 新建住房 demolished and rebuilt */
  | 'NEW_BUILD'
  /** 修缮改造 repaired and reinforced */
  | 'REPAIR'
  /** 房屋置换 exchanged for another dwelling */
  | 'REPLACEMENT';

/** 集中安置点 centralised resettlement site. */
export type ResettlementSite = {
  __typename?: 'ResettlementSite';
  /** 安置规模 Households the site was built for. */
  capacityHouseholds: Scalars['Int']['output'];
  countyCode: Scalars['ID']['output'];
  /** 已入住 Households relocated to this site that have moved in. */
  householdsMoved: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 开工年度 Year construction began. */
  startedYear: Scalars['Int']['output'];
  /** Township (乡镇) where the site was built. */
  townshipCode: Scalars['ID']['output'];
};

/** 行政村 Village (owned by the registry subgraph). */
export type Village = {
  __typename?: 'Village';
  code: Scalars['ID']['output'];
  /** Drinking water, roads, buses and power of the village, and relocations out of it. */
  housing: VillageHousing;
};

/** 安全饮水 drinking-water safety of one village. */
export type VillageDrinkingWater = {
  __typename?: 'VillageDrinkingWater';
  /** Investment in the village's water project, when there was one. */
  investment?: Maybe<Scalars['Money']['output']>;
  /** Whether the village's drinking water meets the safety standard (饮水安全). */
  safe: Scalars['Boolean']['output'];
  /** Year the village's water was made safe; null while it is not. */
  securedYear?: Maybe<Scalars['Int']['output']>;
  source: WaterSource;
};

/** The housing side of one village. */
export type VillageHousing = {
  __typename?: 'VillageHousing';
  /** 安全饮水 Drinking-water safety of the village, when assessed. */
  drinkingWater?: Maybe<VillageDrinkingWater>;
  /** 基础设施 Road, bus and power-grid status of the village, when checked. */
  infrastructure?: Maybe<VillageInfrastructure>;
  /** 易地扶贫搬迁 Households relocated out of this village (迁出户). */
  relocationsOut: Array<Relocation>;
};

/** 基础设施 road, bus and power status of one village, as checked for 村出列. */
export type VillageInfrastructure = {
  __typename?: 'VillageInfrastructure';
  /** 通客车 scheduled bus service. */
  busService: Scalars['Boolean']['output'];
  /** 核实年度 Year of the last check. */
  checkedYear: Scalars['Int']['output'];
  /** 农网改造 rural power grid upgraded. */
  gridUpgraded: Scalars['Boolean']['output'];
  /** 通硬化路 hardened road to the village. */
  hardenedRoad: Scalars['Boolean']['output'];
};

/** Where a village's drinking water comes from. */
export type WaterSource =
  /** 水窖 rain-water cistern */
  | 'CISTERN'
  /** 深井 deep well */
  | 'DEEP_WELL'
  /** 集中供水 piped supply from a waterworks */
  | 'PIPED'
  /** 山泉引水 spring water piped down */
  | 'SPRING';



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
  Household: Household;
  Village: Village;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Household:
    ( { __typename: 'Household' }
    & GraphQLRecursivePick<FederationTypes['Household'], {"id":true}> );
  Village:
    ( { __typename: 'Village' }
    & GraphQLRecursivePick<FederationTypes['Village'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  HouseGrade: HouseGrade;
  HouseRenovation: ResolverTypeWrapper<HouseRenovationDoc>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Household: ResolverTypeWrapper<HouseholdRef>;
  HouseholdHousing: ResolverTypeWrapper<HouseholdHousingParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordRenovationInput: RecordRenovationInput;
  Relocation: ResolverTypeWrapper<RelocationDoc>;
  RelocationDwelling: RelocationDwelling;
  RenovationMethod: RenovationMethod;
  ResettlementSite: ResolverTypeWrapper<ResettlementSiteDoc>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ResidentId: ResolverTypeWrapper<Scalars['ResidentId']['output']>;
  Village: ResolverTypeWrapper<VillageRef>;
  VillageDrinkingWater: ResolverTypeWrapper<VillageDrinkingWaterDoc>;
  VillageHousing: ResolverTypeWrapper<VillageHousingParent>;
  VillageInfrastructure: ResolverTypeWrapper<VillageInfrastructureDoc>;
  WaterSource: WaterSource;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  HouseRenovation: HouseRenovationDoc;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Household: HouseholdRef;
  HouseholdHousing: HouseholdHousingParent;
  Boolean: Scalars['Boolean']['output'];
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  RecordRenovationInput: RecordRenovationInput;
  Relocation: RelocationDoc;
  ResettlementSite: ResettlementSiteDoc;
  String: Scalars['String']['output'];
  ResidentId: Scalars['ResidentId']['output'];
  Village: VillageRef;
  VillageDrinkingWater: VillageDrinkingWaterDoc;
  VillageHousing: VillageHousingParent;
  VillageInfrastructure: VillageInfrastructureDoc;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HouseRenovationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['HouseRenovation'] = ResolversParentTypes['HouseRenovation']> = {
  completedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countyCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['HouseGrade'], ParentType, ContextType>;
  household?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['RenovationMethod'], ParentType, ContextType>;
  subsidy?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  village?: Resolver<ResolversTypes['Village'], ParentType, ContextType>;
};

export type HouseholdResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  housing?: Resolver<ResolversTypes['HouseholdHousing'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type HouseholdHousingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['HouseholdHousing'] = ResolversParentTypes['HouseholdHousing']> = {
  relocation?: Resolver<Maybe<ResolversTypes['Relocation']>, ParentType, ContextType>;
  renovation?: Resolver<Maybe<ResolversTypes['HouseRenovation']>, ParentType, ContextType>;
  safeHousing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  recordRenovation?: Resolver<ResolversTypes['HouseRenovation'], ParentType, ContextType, RequireFields<MutationRecordRenovationArgs, 'input'>>;
};

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  renovations?: Resolver<Array<ResolversTypes['HouseRenovation']>, ParentType, ContextType, RequireFields<QueryRenovationsArgs, 'countyCode' | 'first'>>;
  resettlementSites?: Resolver<Array<ResolversTypes['ResettlementSite']>, ParentType, ContextType, RequireFields<QueryResettlementSitesArgs, 'countyCode'>>;
};

export type RelocationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Relocation'] = ResolversParentTypes['Relocation']> = {
  dwelling?: Resolver<ResolversTypes['RelocationDwelling'], ParentType, ContextType>;
  fromVillage?: Resolver<ResolversTypes['Village'], ParentType, ContextType>;
  household?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movedIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['ResettlementSite'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResettlementSiteResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ResettlementSite'] = ResolversParentTypes['ResettlementSite']> = {
  capacityHouseholds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countyCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  householdsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  townshipCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface ResidentIdScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['ResidentId'], any> {
  name: 'ResidentId';
}

export type VillageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Village'] = ResolversParentTypes['Village'], FederationReferenceType extends FederationReferenceTypes['Village'] = FederationReferenceTypes['Village']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Village']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  housing?: Resolver<ResolversTypes['VillageHousing'], ParentType, ContextType>;
};

export type VillageDrinkingWaterResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VillageDrinkingWater'] = ResolversParentTypes['VillageDrinkingWater']> = {
  investment?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  safe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  securedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['WaterSource'], ParentType, ContextType>;
};

export type VillageHousingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VillageHousing'] = ResolversParentTypes['VillageHousing']> = {
  drinkingWater?: Resolver<Maybe<ResolversTypes['VillageDrinkingWater']>, ParentType, ContextType>;
  infrastructure?: Resolver<Maybe<ResolversTypes['VillageInfrastructure']>, ParentType, ContextType>;
  relocationsOut?: Resolver<Array<ResolversTypes['Relocation']>, ParentType, ContextType>;
};

export type VillageInfrastructureResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VillageInfrastructure'] = ResolversParentTypes['VillageInfrastructure']> = {
  busService?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkedYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gridUpgraded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hardenedRoad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  HouseRenovation?: HouseRenovationResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  HouseholdHousing?: HouseholdHousingResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relocation?: RelocationResolvers<ContextType>;
  ResettlementSite?: ResettlementSiteResolvers<ContextType>;
  ResidentId?: GraphQLScalarType;
  Village?: VillageResolvers<ContextType>;
  VillageDrinkingWater?: VillageDrinkingWaterResolvers<ContextType>;
  VillageHousing?: VillageHousingResolvers<ContextType>;
  VillageInfrastructure?: VillageInfrastructureResolvers<ContextType>;
};

