package pbi.dao.doctor;

/** How bad a finding is. Errors are corruption the server may choke on; warnings are suspicious but loadable. */
public enum Severity {
    ERROR, WARNING
}
