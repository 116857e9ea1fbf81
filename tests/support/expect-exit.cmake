# Runs one program and passes only when it exits with exactly the expected code and says the
# expected thing on stderr. CTest's WILL_FAIL passes on any non-zero exit (a crash too) and
# PASS_REGULAR_EXPRESSION ignores the exit code; this checks both.
#
#   cmake -DPROGRAM=<path> [-DARGS="<arguments, shell-quoted>"] -DEXIT_CODE=<n>
#         -DSTDERR_MATCHES=<regex> [-DUNSET_ENV="VAR1 VAR2"] -P expect-exit.cmake
foreach(required PROGRAM EXIT_CODE STDERR_MATCHES)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "expect-exit.cmake: -D${required}= is required")
  endif()
endforeach()

separate_arguments(arguments UNIX_COMMAND "${ARGS}")
separate_arguments(unset UNIX_COMMAND "${UNSET_ENV}")
foreach(variable IN LISTS unset)
  unset(ENV{${variable}})
endforeach()

execute_process(COMMAND "${PROGRAM}" ${arguments}
                RESULT_VARIABLE code
                OUTPUT_VARIABLE out
                ERROR_VARIABLE err
                TIMEOUT 60)
message("exit: ${code}\nstdout: ${out}\nstderr: ${err}")
if(NOT code STREQUAL EXIT_CODE)
  message(FATAL_ERROR "expected exit code ${EXIT_CODE}, got ${code}")
endif()
if(NOT err MATCHES "${STDERR_MATCHES}")
  message(FATAL_ERROR "stderr does not match \"${STDERR_MATCHES}\"")
endif()
