@echo off
rem iop-rules command line, from the unpacked distribution (bin\ beside lib\).
rem Needs Java 17 or later: JAVA_HOME selects it, else java on the PATH. JAVA_OPTS is passed to the JVM.
setlocal
set "IOP_RULES_HOME=%~dp0.."
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
rem One-shot commands stop at C1 (faster start); --batch gets full tiered compilation (C2). JAVA_OPTS comes last.
set "JIT=-XX:TieredStopAtLevel=1"
for %%a in (%*) do if "%%~a"=="--batch" set "JIT="
"%JAVA_CMD%" -XX:+UseSerialGC %JIT% %JAVA_OPTS% -cp "%IOP_RULES_HOME%\lib\*" se.ioprules.cli.IopRulesCli %*
exit /b %ERRORLEVEL%
