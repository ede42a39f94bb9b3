/** One invalid field of a request, as reported in a 400 problem. */
export interface FieldProblem {
  /** Dotted path of the field in the request body or query, e.g. `roles.0`. */
  field: string;
  message: string;
}

/** RFC 9457 problem details, the body of every error response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** Stable machine-readable code, e.g. `auth.invalid_credentials`. */
  code?: string;
  errors?: FieldProblem[];
  requestId?: string;
}
