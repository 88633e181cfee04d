#!/usr/bin/env bash
# Precision and recall of the personal-data detector per kind (DNI, NIE, phone, e-mail, IBAN, address) on the
# fixture sentences in tests/Portal.UnitTests/Inbox/Privacy/personal-data-fixtures.json. The same figures are the
# unit test's pass mark (0.95); here they are printed, with every miss and every extra finding.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Portal.UnitTests -c Release
tests/Portal.UnitTests/bin/Release/net10.0/Portal.UnitTests -class Portal.UnitTests.Inbox.Privacy.PersonalDataFixtureTests >/dev/null
cat tests/Portal.UnitTests/bin/Release/net10.0/personal-data-scores.txt
