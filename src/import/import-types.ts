import type { Task } from "../model/task";

/** A task as read by an importer, before ids, parsed deadlines and validation. */
export interface RawTask {
  ref: string;
  section: string;
  text: string;
  lead: string[];
  coordinating: string[];
  /** The deadline as written, or null. */
  deadline: string | null;
  product: string | null;
  /** 1-based line in the input where the task starts. */
  line: number | null;
  /** Every input line the task was read from. */
  lines: number[];
  notes: string[];
  /** Fields restored exactly (from the data column of a CSV written by planToCSV): they replace what the importer makes of the others. */
  exact?: Partial<Pick<Task, "text" | "lead" | "coordinating" | "deadline" | "product" | "line" | "ocr" | "uncertain" | "notes">>;
}

/** A section of a task list as read by an importer. */
export interface RawSection {
  ref: string;
  title: string;
}

/** An essential public service (Phụ lục I) as read by an importer. */
export interface RawService {
  ref: string;
  name: string;
  serviceLevel: number | null;
  lead: string[];
  coordinating: string[];
  deadline: string | null;
  line: number | null;
  /** Every input line the service was read from. */
  lines: number[];
  notes: string[];
}

/** A numeric target (chỉ tiêu) as read by the text importer, with the input lines it was read from. */
export interface RawTarget {
  ref: string;
  /** The heading of its group ("Về phục vụ giải quyết thủ tục hành chính …"), or its own text when it stands alone. */
  group: string;
  text: string;
  value: number | null;
  unit: string | null;
  deadline: string | null;
  line: number;
  lines: number[];
}

/** What a reader found: sections, tasks and services, with notes on how. */
export interface RawTaskList {
  sections: RawSection[];
  tasks: RawTask[];
  services: RawService[];
  notes: string[];
}

/** Collapses runs of whitespace (line breaks of wrapped text included) to one space and trims. */
export const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();
