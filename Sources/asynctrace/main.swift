import ArgumentParser
import AsyncTraceKit
print("hi")
