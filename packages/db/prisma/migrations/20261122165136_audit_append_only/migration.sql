-- AuditEvent is append-only: the audit trail of personal-data access must not be rewritten or
-- erased by application code, a bug or a stray query. Hand-written: Prisma does not model
-- triggers, so schema diffs neither create nor drop them.

CREATE FUNCTION "AuditEvent_reject_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING HINT = 'Record a new AuditEvent instead of changing or removing an existing one.';
END;
$$;

-- CreateTrigger
CREATE TRIGGER "AuditEvent_no_update_or_delete"
BEFORE UPDATE OR DELETE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "AuditEvent_reject_change"();

-- CreateTrigger
CREATE TRIGGER "AuditEvent_no_truncate"
BEFORE TRUNCATE ON "AuditEvent"
FOR EACH STATEMENT EXECUTE FUNCTION "AuditEvent_reject_change"();
