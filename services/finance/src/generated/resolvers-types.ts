/* Generated from schema.graphql by `npm run codegen`. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { HouseholdRef, VillageRef, CountyRef, HouseholdFinanceParent, VillageFinanceParent, CountyFinanceParent } from '../entity-refs.js';
import type { PovertyFundDoc } from '../models/poverty-fund.js';
import type { MicroloanDoc } from '../models/microloan.js';
import type { RiskGuaranteeFundDoc } from '../models/risk-guarantee-fund.js';
import type { IndustryProjectDoc, ProjectIncomeDoc } from '../models/industry-project.js';
import type { VillageCollectiveIncomeDoc } from '../models/village-collective-income.js';
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

/** 县 County (owned by the registry subgraph). */
export type County = {
  __typename?: 'County';
  code: Scalars['ID']['output'];
  /** Funds, microcredit and guarantee fund of the county. */
  finance: CountyFinance;
};

/** The finance side of one county. */
export type CountyFinance = {
  __typename?: 'CountyFinance';
  /** 扶贫小额信贷 The county's microcredit in figures. */
  microcredit: MicrocreditSummary;
  /** 资金精准 Poverty-alleviation funds by year, oldest first. */
  povertyFunds: Array<PovertyFund>;
  /** 风险补偿金 The county's microcredit risk-guarantee fund, when it has one. */
  riskGuaranteeFund?: Maybe<RiskGuaranteeFund>;
};

export type GrantMicroloanInput = {
  /** Principal in fen: more than zero, at most 5万元 (5000000). */
  amount: Scalars['Money']['input'];
  bank: Scalars['String']['input'];
  grantedOn: Scalars['Date']['input'];
  householdId: Scalars['ID']['input'];
  /** Term in months, 1 to 36. */
  termMonths: Scalars['Int']['input'];
  /** 12-digit code of the household's village. */
  villageCode: Scalars['ID']['input'];
};

/** 建档立卡户 registered household (owned by the registry subgraph). */
export type Household = {
  __typename?: 'Household';
  /** What finance knows about the household: its microloans. */
  finance: HouseholdFinance;
  id: Scalars['ID']['output'];
};

/** The finance side of one household. */
export type HouseholdFinance = {
  __typename?: 'HouseholdFinance';
  /** 扶贫小额信贷 Microloans granted to the household, oldest first. */
  microloans: Array<Microloan>;
};

/** 产业项目 industry project that poor households earn from (带贫). */
export type IndustryProject = {
  __typename?: 'IndustryProject';
  /** 装机容量 Capacity in kW, for PV stations. */
  capacityKw?: Maybe<Scalars['Int']['output']>;
  countyCode: Scalars['ID']['output'];
  /** 带动贫困户 Poor households that earn from it. */
  householdsBenefited: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 收益 Income by year, oldest first. */
  income: Array<ProjectIncome>;
  investment: Scalars['Money']['output'];
  kind: IndustryProjectKind;
  name: Scalars['String']['output'];
  startedYear: Scalars['Int']['output'];
  /** 累计收益 Income over all years. */
  totalIncome: Scalars['Money']['output'];
  /** The village it is in; null for a county-wide project. */
  village?: Maybe<Village>;
};

/** Kind of industry project (产业类型). */
export type IndustryProjectKind =
  /** 食用菌 edible fungi */
  | 'EDIBLE_FUNGI'
  /** 特色养殖 livestock (e.g. 蛋鸡养殖) */
  | 'LIVESTOCK'
  /** 村级光伏电站 village photovoltaic station */
  | 'PHOTOVOLTAIC'
  /** 来料加工 outsourced processing */
  | 'PROCESSING'
  /** 乡村旅游 rural tourism (农家乐, 家庭宾馆) */
  | 'RURAL_TOURISM'
  /** 扶贫车间 poverty-alleviation workshop */
  | 'WORKSHOP';

/** 扶贫小额信贷 A county's microcredit in figures. */
export type MicrocreditSummary = {
  __typename?: 'MicrocreditSummary';
  /** Principal granted in total (累计放贷金额). */
  amount: Scalars['Money']['output'];
  /** Loans granted (累计放贷笔数). */
  loans: Scalars['Int']['output'];
  /** Principal of loans not yet repaid (贷款余额, by principal granted). */
  outstanding: Scalars['Money']['output'];
  /** Principal overdue (逾期金额). */
  overdueAmount: Scalars['Money']['output'];
  /** Loans with payments overdue (逾期笔数). */
  overdueLoans: Scalars['Int']['output'];
};

/** 扶贫小额信贷 poverty-alleviation microloan: no guarantee or collateral, interest subsidised. */
export type Microloan = {
  __typename?: 'Microloan';
  /** Principal granted. */
  amount: Scalars['Money']['output'];
  /** Lending bank (放贷银行). */
  bank: Scalars['String']['output'];
  countyCode: Scalars['ID']['output'];
  grantedOn: Scalars['Date']['output'];
  household: Household;
  id: Scalars['ID']['output'];
  /** Whether any payment is overdue (逾期). */
  overdue: Scalars['Boolean']['output'];
  /** Principal overdue, 0 when none. */
  overdueAmount: Scalars['Money']['output'];
  status: MicroloanStatus;
  /** Term in months, at most 36 (3年以内). */
  termMonths: Scalars['Int']['output'];
  village: Village;
};

/** Where a microloan stands (贷款状态). */
export type MicroloanStatus =
  /** 在贷 being repaid on schedule */
  | 'ACTIVE'
  /** 逾期 payments overdue */
  | 'OVERDUE'
  /** 已结清 repaid in full */
  | 'REPAID';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Grants a poverty-alleviation microloan (扶贫小额信贷): at most 5万元, for 1 to 36 months
   * (5万元以下、3年以内), to a registered household.
   */
  grantMicroloan: Microloan;
};


export type MutationGrantMicroloanArgs = {
  input: GrantMicroloanInput;
};

/** 扶贫资金 Poverty-alleviation funds of one county in one year (all levels of government together). */
export type PovertyFund = {
  __typename?: 'PovertyFund';
  /** 投入 Funds allocated to the county's poverty-alleviation for the year. */
  allocated: Scalars['Money']['output'];
  countyCode: Scalars['ID']['output'];
  /** 拨付 Funds actually paid out to projects and households. */
  disbursed: Scalars['Money']['output'];
  /** 支出进度 disbursed ÷ allocated, 0 when nothing was allocated. */
  disbursementRate: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** One year of an industry project's income. */
export type ProjectIncome = {
  __typename?: 'ProjectIncome';
  amount: Scalars['Money']['output'];
  year: Scalars['Int']['output'];
};

/**
 * Finance subgraph (财政局/金融办): poverty-alleviation funds and their disbursement (资金精准),
 * microcredit (扶贫小额信贷) and its risk-guarantee funds (风险补偿金), industry projects
 * (产业项目, 村级光伏电站) and village collective income (村集体经济收入).
 */
export type Query = {
  __typename?: 'Query';
  /** 产业项目 Industry projects of a county, optionally of one kind. */
  industryProjects: Array<IndustryProject>;
  /** 扶贫小额信贷 Microloans of a county, newest first (at most 200). */
  microloans: Array<Microloan>;
  /** 资金精准 Poverty-alleviation funds of a county, one record per year, oldest first. */
  povertyFunds: Array<PovertyFund>;
};


/**
 * Finance subgraph (财政局/金融办): poverty-alleviation funds and their disbursement (资金精准),
 * microcredit (扶贫小额信贷) and its risk-guarantee funds (风险补偿金), industry projects
 * (产业项目, 村级光伏电站) and village collective income (村集体经济收入).
 */
export type QueryIndustryProjectsArgs = {
  countyCode: Scalars['ID']['input'];
  kind?: InputMaybe<IndustryProjectKind>;
};


/**
 * Finance subgraph (财政局/金融办): poverty-alleviation funds and their disbursement (资金精准),
 * microcredit (扶贫小额信贷) and its risk-guarantee funds (风险补偿金), industry projects
 * (产业项目, 村级光伏电站) and village collective income (村集体经济收入).
 */
export type QueryMicroloansArgs = {
  countyCode: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Finance subgraph (财政局/金融办): poverty-alleviation funds and their disbursement (资金精准),
 * microcredit (扶贫小额信贷) and its risk-guarantee funds (风险补偿金), industry projects
 * (产业项目, 村级光伏电站) and village collective income (村集体经济收入).
 */
export type QueryPovertyFundsArgs = {
  countyCode: Scalars['ID']['input'];
};

/** 风险补偿金 Microcredit risk-guarantee fund a county deposits with a bank, which lends a multiple of it. */
export type RiskGuaranteeFund = {
  __typename?: 'RiskGuaranteeFund';
  bank: Scalars['String']['output'];
  countyCode: Scalars['ID']['output'];
  /** 存入风险担保金 Amount deposited. */
  deposited: Scalars['Money']['output'];
  establishedYear: Scalars['Int']['output'];
  /** 放大倍数 How many times the deposit the bank lends. */
  leverageMultiple: Scalars['Int']['output'];
  /** Lending the fund backs: deposited × leverageMultiple. */
  loanCeiling: Scalars['Money']['output'];
};

/** 行政村 Village (owned by the registry subgraph). */
export type Village = {
  __typename?: 'Village';
  code: Scalars['ID']['output'];
  /** Collective income and industry projects of the village. */
  finance: VillageFinance;
};

/** 村集体经济收入 A village's collective income in one year. */
export type VillageCollectiveIncome = {
  __typename?: 'VillageCollectiveIncome';
  amount: Scalars['Money']['output'];
  year: Scalars['Int']['output'];
};

/** The finance side of one village. */
export type VillageFinance = {
  __typename?: 'VillageFinance';
  /** 村集体经济收入 Collective income by year, oldest first. */
  collectiveIncome: Array<VillageCollectiveIncome>;
  /** 产业项目 Industry projects in the village, e.g. its PV station (村级光伏电站). */
  industryProjects: Array<IndustryProject>;
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
  Village:
    ( { __typename: 'Village' }
    & GraphQLRecursivePick<FederationTypes['Village'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  County: ResolverTypeWrapper<CountyRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CountyFinance: ResolverTypeWrapper<CountyFinanceParent>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  GrantMicroloanInput: GrantMicroloanInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Household: ResolverTypeWrapper<HouseholdRef>;
  HouseholdFinance: ResolverTypeWrapper<HouseholdFinanceParent>;
  IndustryProject: ResolverTypeWrapper<IndustryProjectDoc>;
  IndustryProjectKind: IndustryProjectKind;
  MicrocreditSummary: ResolverTypeWrapper<MicrocreditSummary>;
  Microloan: ResolverTypeWrapper<MicroloanDoc>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  MicroloanStatus: MicroloanStatus;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PovertyFund: ResolverTypeWrapper<PovertyFundDoc>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ProjectIncome: ResolverTypeWrapper<ProjectIncomeDoc>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResidentId: ResolverTypeWrapper<Scalars['ResidentId']['output']>;
  RiskGuaranteeFund: ResolverTypeWrapper<RiskGuaranteeFundDoc>;
  Village: ResolverTypeWrapper<VillageRef>;
  VillageCollectiveIncome: ResolverTypeWrapper<VillageCollectiveIncomeDoc>;
  VillageFinance: ResolverTypeWrapper<VillageFinanceParent>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  County: CountyRef;
  ID: Scalars['ID']['output'];
  CountyFinance: CountyFinanceParent;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  GrantMicroloanInput: GrantMicroloanInput;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Household: HouseholdRef;
  HouseholdFinance: HouseholdFinanceParent;
  IndustryProject: IndustryProjectDoc;
  MicrocreditSummary: MicrocreditSummary;
  Microloan: MicroloanDoc;
  Boolean: Scalars['Boolean']['output'];
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PovertyFund: PovertyFundDoc;
  Float: Scalars['Float']['output'];
  ProjectIncome: ProjectIncomeDoc;
  Query: Record<PropertyKey, never>;
  ResidentId: Scalars['ResidentId']['output'];
  RiskGuaranteeFund: RiskGuaranteeFundDoc;
  Village: VillageRef;
  VillageCollectiveIncome: VillageCollectiveIncomeDoc;
  VillageFinance: VillageFinanceParent;
};

export type CountyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County'], FederationReferenceType extends FederationReferenceTypes['County'] = FederationReferenceTypes['County']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['County']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  finance?: Resolver<ResolversTypes['CountyFinance'], ParentType, ContextType>;
};

export type CountyFinanceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CountyFinance'] = ResolversParentTypes['CountyFinance']> = {
  microcredit?: Resolver<ResolversTypes['MicrocreditSummary'], ParentType, ContextType>;
  povertyFunds?: Resolver<Array<ResolversTypes['PovertyFund']>, ParentType, ContextType>;
  riskGuaranteeFund?: Resolver<Maybe<ResolversTypes['RiskGuaranteeFund']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HouseholdResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  finance?: Resolver<ResolversTypes['HouseholdFinance'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type HouseholdFinanceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['HouseholdFinance'] = ResolversParentTypes['HouseholdFinance']> = {
  microloans?: Resolver<Array<ResolversTypes['Microloan']>, ParentType, ContextType>;
};

export type IndustryProjectResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IndustryProject'] = ResolversParentTypes['IndustryProject']> = {
  capacityKw?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countyCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  householdsBenefited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  income?: Resolver<Array<ResolversTypes['ProjectIncome']>, ParentType, ContextType>;
  investment?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndustryProjectKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalIncome?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  village?: Resolver<Maybe<ResolversTypes['Village']>, ParentType, ContextType>;
};

export type MicrocreditSummaryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MicrocreditSummary'] = ResolversParentTypes['MicrocreditSummary']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  loans?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  overdueAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  overdueLoans?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MicroloanResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Microloan'] = ResolversParentTypes['Microloan']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  bank?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countyCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  grantedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  household?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdueAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MicroloanStatus'], ParentType, ContextType>;
  termMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  village?: Resolver<ResolversTypes['Village'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  grantMicroloan?: Resolver<ResolversTypes['Microloan'], ParentType, ContextType, RequireFields<MutationGrantMicroloanArgs, 'input'>>;
};

export type PovertyFundResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PovertyFund'] = ResolversParentTypes['PovertyFund']> = {
  allocated?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  countyCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  disbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  disbursementRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectIncomeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProjectIncome'] = ResolversParentTypes['ProjectIncome']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  industryProjects?: Resolver<Array<ResolversTypes['IndustryProject']>, ParentType, ContextType, RequireFields<QueryIndustryProjectsArgs, 'countyCode'>>;
  microloans?: Resolver<Array<ResolversTypes['Microloan']>, ParentType, ContextType, RequireFields<QueryMicroloansArgs, 'countyCode' | 'first'>>;
  povertyFunds?: Resolver<Array<ResolversTypes['PovertyFund']>, ParentType, ContextType, RequireFields<QueryPovertyFundsArgs, 'countyCode'>>;
};

export interface ResidentIdScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['ResidentId'], any> {
  name: 'ResidentId';
}

export type RiskGuaranteeFundResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RiskGuaranteeFund'] = ResolversParentTypes['RiskGuaranteeFund']> = {
  bank?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countyCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deposited?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  establishedYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leverageMultiple?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loanCeiling?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type VillageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Village'] = ResolversParentTypes['Village'], FederationReferenceType extends FederationReferenceTypes['Village'] = FederationReferenceTypes['Village']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Village']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  finance?: Resolver<ResolversTypes['VillageFinance'], ParentType, ContextType>;
};

export type VillageCollectiveIncomeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VillageCollectiveIncome'] = ResolversParentTypes['VillageCollectiveIncome']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VillageFinanceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VillageFinance'] = ResolversParentTypes['VillageFinance']> = {
  collectiveIncome?: Resolver<Array<ResolversTypes['VillageCollectiveIncome']>, ParentType, ContextType>;
  industryProjects?: Resolver<Array<ResolversTypes['IndustryProject']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  County?: CountyResolvers<ContextType>;
  CountyFinance?: CountyFinanceResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Household?: HouseholdResolvers<ContextType>;
  HouseholdFinance?: HouseholdFinanceResolvers<ContextType>;
  IndustryProject?: IndustryProjectResolvers<ContextType>;
  MicrocreditSummary?: MicrocreditSummaryResolvers<ContextType>;
  Microloan?: MicroloanResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PovertyFund?: PovertyFundResolvers<ContextType>;
  ProjectIncome?: ProjectIncomeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResidentId?: GraphQLScalarType;
  RiskGuaranteeFund?: RiskGuaranteeFundResolvers<ContextType>;
  Village?: VillageResolvers<ContextType>;
  VillageCollectiveIncome?: VillageCollectiveIncomeResolvers<ContextType>;
  VillageFinance?: VillageFinanceResolvers<ContextType>;
};

