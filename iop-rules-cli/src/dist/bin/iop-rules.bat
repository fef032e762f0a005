@echo off
rem iop-rules command line, from the unpacked distribution (bin\ beside lib\).
rem Needs Java 17 or later: JAVA_HOME selects it, else java on the PATH. JAVA_OPTS is passed to the JVM (last, so the
rem caller's options win). The same behaviour as bin/iop-rules on Unix; no parenthesised blocks below, because a path
rem with ")" in it (C:\Program Files (x86)\...) would end such a block early.
setlocal EnableExtensions DisableDelayedExpansion
for %%h in ("%~dp0..") do set "IOP_RULES_HOME=%%~fh"
set "JAVA_CMD=java.exe"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"

rem C1 only for every command, --batch included (faster on small machines; docs/benchmarks.md, Round 3).
rem JAVA_OPTS comes last: JAVA_OPTS=-XX:TieredStopAtLevel=4 restores C2.
set "JIT=-XX:TieredStopAtLevel=1"

rem Class-data sharing (CDS): the first `evaluate` writes an archive of the classes it loaded, and later runs map it
rem instead of loading and verifying them again. It lives in lib\ beside the jars, else (lib\ not writable) under
rem %LOCALAPPDATA%\iop-rules\<this installation's path>; it is written under a temporary name and then renamed, and
rem rebuilt when the Java runtime or the jars change (iop-rules-cds.key beside it holds what it was built for).
rem IOP_RULES_CDS=0 switches it off, and so does any CDS option in JAVA_OPTS. The JVM's messages about the archive are
rem off; its other warnings go to stderr, never stdout.
set "CDS_OPTS="
set "CDS_TMP="
if "%IOP_RULES_CDS%"=="0" goto run
echo(%JAVA_OPTS%| findstr /i /c:"Xshare" /c:"SharedArchiveFile" /c:"ArchiveClassesAtExit" >nul && goto run
set "JAVA_PATH=%JAVA_CMD%"
if not defined JAVA_HOME for %%j in (java.exe) do set "JAVA_PATH=%%~$PATH:j"
if not defined JAVA_PATH goto run
rem The key: the Java runtime (path, size, time) and the jars (how many, total size). The JVM itself also refuses an
rem archive whose jars changed, so a key that misses a change costs start-up time, never correctness.
for %%j in ("%JAVA_PATH%") do set "CDS_KEY=%%~fj %%~zj %%~tj"
set /a CDS_JARS=0, CDS_BYTES=0
for %%f in ("%IOP_RULES_HOME%\lib\*.jar") do set /a CDS_JARS+=1, CDS_BYTES+=%%~zf
set "CDS_KEY=%CDS_KEY% jars %CDS_JARS% %CDS_BYTES%"
rem "&" is the one character of a path that would end the echo that writes the key
set "CDS_KEY=%CDS_KEY:&=_%"
set "CDS_DIR=%IOP_RULES_HOME%\lib"
copy /y nul "%CDS_DIR%\iop-rules-cds.probe" >nul 2>nul || goto cds_elsewhere
del "%CDS_DIR%\iop-rules-cds.probe" >nul 2>nul
goto cds_dir_chosen
:cds_elsewhere
if not defined LOCALAPPDATA goto run
rem one folder per installation, named after its path, so replacing an archive never touches another installation's
set "CDS_ID=%IOP_RULES_HOME::=%"
set "CDS_ID=%CDS_ID:\=_%"
set "CDS_DIR=%LOCALAPPDATA%\iop-rules\%CDS_ID%"
if not exist "%CDS_DIR%\" mkdir "%CDS_DIR%" >nul 2>nul
if not exist "%CDS_DIR%\" goto run
:cds_dir_chosen
set "CDS_ARCHIVE=%CDS_DIR%\iop-rules-cds.jsa"
set "CDS_KEYFILE=%CDS_DIR%\iop-rules-cds.key"
set "CDS_LOG=-Xlog:disable -Xlog:all=warning,cds*=off:stderr"
set "CDS_BUILT_FOR="
if exist "%CDS_KEYFILE%" set /p CDS_BUILT_FOR=<"%CDS_KEYFILE%"
if not exist "%CDS_ARCHIVE%" goto cds_write
if not "%CDS_BUILT_FOR%"=="%CDS_KEY%" goto cds_write
set CDS_OPTS="-XX:SharedArchiveFile=%CDS_ARCHIVE%" %CDS_LOG%
goto run
:cds_write
rem Only an evaluation writes the archive (it loads the classes worth archiving).
if /i not "%~1"=="evaluate" goto run
set "CDS_TMP=%CDS_ARCHIVE%.%RANDOM%%RANDOM%.tmp"
set CDS_OPTS="-XX:ArchiveClassesAtExit=%CDS_TMP%" %CDS_LOG%

:run
"%JAVA_CMD%" -XX:+UseSerialGC %JIT% -Xshare:auto %CDS_OPTS% %JAVA_OPTS% -cp "%IOP_RULES_HOME%\lib\*" se.ioprules.cli.IopRulesCli %*
set "STATUS=%ERRORLEVEL%"
if not defined CDS_TMP exit /b %STATUS%
rem The archive is kept only from a run that evaluated (exit status 0 or 1) and wrote it.
if not "%STATUS%"=="0" if not "%STATUS%"=="1" goto cds_drop
if not exist "%CDS_TMP%" goto cds_drop
for %%a in ("%CDS_TMP%") do if %%~za==0 goto cds_drop
rem On Windows a file in use cannot be replaced: if another run has the old archive open, this one is dropped.
move /y "%CDS_TMP%" "%CDS_ARCHIVE%" >nul 2>nul || goto cds_drop
>"%CDS_KEYFILE%" echo(%CDS_KEY%
exit /b %STATUS%
:cds_drop
del "%CDS_TMP%" >nul 2>nul
exit /b %STATUS%
