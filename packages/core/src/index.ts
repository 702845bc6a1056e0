/**
 * The minsheng model: zod schemas with the types inferred from them, the Beijing region table,
 * and validation helpers. Parsers and metrics share these so one model version holds everywhere.
 *
 * @packageDocumentation
 */
export { IsoDateSchema, type IsoDate } from "./common/IsoDateSchema";
export { RegionSchema, type Region } from "./region/RegionSchema";
export { REGIONS, regionByKey, type RegionEntry } from "./region/regions";
export { findRegions, findIssuer, type RegionMatch } from "./region/findRegion";
export { ComparatorSchema, QuantitySchema, type Comparator, type Quantity } from "./quantity/QuantitySchema";
export {
  ProgrammeSchema,
  CityItemRefSchema,
  type Programme,
  type CityItemRef,
} from "./cityItem/CityItemRefSchema";
export {
  DiagnosticCodeSchema,
  SeveritySchema,
  DiagnosticSchema,
  type DiagnosticCode,
  type Severity,
  type Diagnostic,
} from "./diagnostic/DiagnosticSchema";
export {
  UnitKindSchema,
  UnitRefSchema,
  DeadlineSchema,
  StatusSchema,
  PaceSchema,
  ProgressSchema,
  SpanSchema,
  TaskSchema,
  type UnitKind,
  type UnitRef,
  type Deadline,
  type Status,
  type Pace,
  type Progress,
  type Span,
  type Task,
} from "./task/TaskSchema";
export {
  DOCUMENT_SCHEMA_ID,
  PeriodSchema,
  CategorySchema,
  SectionKindSchema,
  SectionSchema,
  LineRoleSchema,
  OutlineEntrySchema,
  SourceSchema,
  DocumentSchema,
  type Period,
  type Category,
  type SectionKind,
  type Section,
  type LineRole,
  type OutlineEntry,
  type Source,
  type Document,
} from "./document/DocumentSchema";
export {
  METRICS_SCHEMA_ID,
  TaskRefSchema,
  SectionMetricsSchema,
  CoverageRowSchema,
  UnitLoadSchema,
  CollaborationSchema,
  AttainmentSchema,
  LightSchema,
  DeadlinesSchema,
  ChangeSchema,
  FindingSchema,
  MetricsSchema,
  type TaskRef,
  type SectionMetrics,
  type CoverageRow,
  type UnitLoad,
  type Collaboration,
  type Attainment,
  type Light,
  type Deadlines,
  type Change,
  type Finding,
  type Metrics,
} from "./metrics/MetricsSchema";
export {
  validateDocument,
  validateMetrics,
  formatIssues,
  type ValidationIssue,
  type ValidationResult,
} from "./validate/validateDocument";
export { documentJsonSchema, metricsJsonSchema } from "./validate/jsonSchemas";
export { BODY_CATALOG, AMBIGUOUS_ALIASES, COLLECTIVE_PATTERN, type BodyEntry } from "./units/bodyCatalog";
export {
  CityItemCatalogSchema,
  CITY_ITEM_CATALOGS,
  type CityItemCatalog,
} from "./cityItem/CityItemCatalogSchema";
