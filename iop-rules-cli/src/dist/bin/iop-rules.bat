@echo off
rem iop-rules command line, from the unpacked distribution (bin\ beside lib\).
rem Needs Java 17 or later: JAVA_HOME selects it, else java on the PATH. JAVA_OPTS is passed to the JVM.
setlocal
set "IOP_RULES_HOME=%~dp0.."
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
rem C1 only for every command, --batch included (faster on small machines; docs/benchmarks.md, Round 3).
rem JAVA_OPTS comes last: JAVA_OPTS=-XX:TieredStopAtLevel=4 restores C2.
set "JIT=-XX:TieredStopAtLevel=1"
"%JAVA_CMD%" -XX:+UseSerialGC %JIT% %JAVA_OPTS% -cp "%IOP_RULES_HOME%\lib\*" se.ioprules.cli.IopRulesCli %*
exit /b %ERRORLEVEL%
