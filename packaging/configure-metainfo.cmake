# Writes the AppStream metainfo from its template.
#   cmake -DINPUT=org.salon.Salon.metainfo.xml.in -DOUTPUT=FILE [-DSCREENSHOT_BASE_URL=URL] -P configure-metainfo.cmake
# AppStream accepts only http(s) URLs for screenshot images, so without SCREENSHOT_BASE_URL
# the <screenshots> element is left out instead of naming images that no server has.
file(READ "${INPUT}" metainfo)
if(SCREENSHOT_BASE_URL)
    string(REGEX REPLACE "/+$" "" SALON_SCREENSHOT_BASE_URL "${SCREENSHOT_BASE_URL}")
    string(CONFIGURE "${metainfo}" metainfo @ONLY)
else()
    string(REGEX REPLACE "\n[ ]*<screenshots>.*</screenshots>" "" metainfo "${metainfo}")
endif()
if(metainfo MATCHES "@[A-Za-z_]+@")
    message(FATAL_ERROR "${INPUT} has a variable that configure-metainfo.cmake does not set: ${CMAKE_MATCH_0}")
endif()
file(WRITE "${OUTPUT}" "${metainfo}")
