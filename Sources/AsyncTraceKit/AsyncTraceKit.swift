import GRDB
import CSV
public enum AsyncTraceKit {}
