import { Dean06Error } from "../model/errors";

/** A command line the CLI cannot carry out: unknown command, option or format. */
export class UsageError extends Dean06Error {
  constructor(message: string) {
    super("USAGE", message);
  }
}
