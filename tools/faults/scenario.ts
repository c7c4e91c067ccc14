export interface ScenarioResult {
  name: string;
  passed: boolean;
  /** One line for the verdict. */
  summary: string;
  failures: string[];
  figures: Record<string, unknown>;
}
