@echo off
rem iop-rules command line, from the unpacked distribution (bin\ beside lib\).
rem Needs Java 17 or later: JAVA_HOME selects it, else java on the PATH. JAVA_OPTS is passed to the JVM.
setlocal
set "IOP_RULES_HOME=%~dp0.."
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
"%JAVA_CMD%" %JAVA_OPTS% -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "%IOP_RULES_HOME%\lib\*" se.ioprules.cli.IopRulesCli %*
exit /b %ERRORLEVEL%
