# The shipped vigilo-server takes no clock from outside: the test clock's variable name is in
# vigilo-server-testclock (so the check can see it) and nowhere in vigilo-server.
file(STRINGS "${TESTCLOCK}" in_test REGEX "VIGILO_TEST_CLOCK_FILE")
if(NOT in_test)
  message(FATAL_ERROR "vigilo-server-testclock does not name VIGILO_TEST_CLOCK_FILE: the check is blind")
endif()
file(STRINGS "${SHIPPED}" in_shipped REGEX "VIGILO_TEST_CLOCK")
if(in_shipped)
  message(FATAL_ERROR "the shipped vigilo-server contains the test clock: ${in_shipped}")
endif()
