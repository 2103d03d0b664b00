package collection

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"
)

const (
	word     = `[\pL0-9][\pL0-9'&.,()/ -]*`
	sentence = `[A-Z][a-z]*( [a-z]+)*\.`
	jsDateRE = `[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4} \(.+\)`
	uuidRE   = `[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}`
	imageRE  = `http://placeimg\.com/640/480/[a-z]+`
)

// dynamicShapes is the shape each dynamic variable's value must have.
var dynamicShapes = map[string]string{
	"$guid": uuidRE, "$randomUUID": uuidRE,
	"$timestamp": `\d{10}`, "$isoTimestamp": `\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z`, "$randomInt": `(\d|[1-9]\d{1,2}|1000)`,
	"$randomPhoneNumber": `\d{3}-\d{3}-\d{4}`, "$randomPhoneNumberExt": `\d{1,2}-\d{3}-\d{3}-\d{4}`,
	"$randomLocale": `[a-z]{2,3}`, "$randomWords": `\S+( \S+){1,4}`,
	"$randomFilePath": `(/[a-z]+)+/[a-z]+_[a-z]+\.[a-z0-9]+`, "$randomDirectoryPath": `(/[a-z]+)+`,
	"$randomCity": word, "$randomStreetName": word, "$randomStreetAddress": `\d+ ` + word, "$randomCountry": word,
	"$randomCountryCode": `[A-Z]{2}`, "$randomLatitude": `-?\d{1,2}\.\d{4}`, "$randomLongitude": `-?\d{1,3}\.\d{4}`,
	"$randomColor": `[a-z]+`, "$randomDepartment": `[A-Z].*`, "$randomProductName": word, "$randomProductAdjective": `[A-Z][a-z-]*`,
	"$randomProductMaterial": word, "$randomProduct": `[A-Z][a-z ]*`, "$randomCompanyName": `\S.*`, "$randomCompanySuffix": word,
	"$randomCatchPhrase": `\S+( \S+){2,}`, "$randomBs": `\S+( \S+){2,}`, "$randomCatchPhraseAdjective": `[A-Z0-9].*`,
	"$randomCatchPhraseDescriptor": `\S.*`, "$randomCatchPhraseNoun": `\S.*`, "$randomBsAdjective": `\S.*`, "$randomBsBuzz": `\S.*`, "$randomBsNoun": `\S.*`,
	"$randomDatabaseColumn": `[a-z ]+`, "$randomDatabaseType": `[a-z]+`, "$randomDatabaseCollation": `[a-z0-9]+_[a-z]+_(ci|cs)`, "$randomDatabaseEngine": `[A-Za-z]+`,
	"$randomDatePast": jsDateRE, "$randomDateFuture": jsDateRE, "$randomDateRecent": jsDateRE,
	"$randomMonth":       `(January|February|March|April|May|June|July|August|September|October|November|December)`,
	"$randomWeekday":     `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`,
	"$randomBankAccount": `\d{8}`, "$randomBankAccountName": `[A-Z].* Account`, "$randomCreditCardMask": `\d{4}`, "$randomPrice": `\d{1,4}\.\d{2}`,
	"$randomTransactionType": `[a-z ]+`, "$randomCurrencyCode": `[A-Z]{3}`, "$randomCurrencyName": `\S.*`, "$randomCurrencySymbol": `\S{1,3}`,
	"$randomBitcoin": `[13][A-Za-z0-9]{25,34}`, "$randomBankAccountIban": `[A-Z]{2}\d{2}[A-Z0-9]{11,30}`,
	"$randomBankAccountBic": `[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?`,
	"$randomAbbreviation":   `[A-Z]{2,5}`, "$randomAdjective": `[a-z0-9 -]+`, "$randomNoun": `[a-z ]+`, "$randomVerb": `[a-z ]+`, "$randomIngverb": `[a-z ]+ing( up)?`, "$randomPhrase": `[A-Z].{10,}`,
	"$randomAvatarImage": `https://cdn\.fakercloud\.com/avatars/\S+_128\.jpg`, "$randomImageUrl": `http://placeimg\.com/640/480`,
	"$randomAbstractImage": imageRE, "$randomAnimalsImage": imageRE, "$randomBusinessImage": imageRE, "$randomCatsImage": imageRE, "$randomCityImage": imageRE,
	"$randomFoodImage": imageRE, "$randomNightlifeImage": imageRE, "$randomFashionImage": imageRE, "$randomPeopleImage": imageRE, "$randomNatureImage": imageRE,
	"$randomSportsImage": imageRE, "$randomTransportImage": imageRE, "$randomImageDataUri": `data:image/svg\+xml;charset=UTF-8,%3Csvg\S+`,
	"$randomEmail": `\S+@\S+\.[a-z]+`, "$randomExampleEmail": `\S+@example\.(com|net|org)`, "$randomUserName": `\S+`, "$randomProtocol": `https?`,
	"$randomUrl": `https?://\S+\.[a-z]+`, "$randomDomainName": `[a-z0-9-]+\.[a-z]+`, "$randomDomainSuffix": `[a-z]+`, "$randomDomainWord": `[a-z0-9-]+`,
	"$randomIP": `\d{1,3}(\.\d{1,3}){3}`, "$randomIPV6": `[0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}`, "$randomUserAgent": `[A-Z][a-z]+/\d.+`,
	"$randomHexColor": `#[0-9a-f]{6}`, "$randomMACAddress": `[0-9a-f]{2}(:[0-9a-f]{2}){5}`, "$randomPassword": `[A-Za-z0-9]{15}`,
	"$randomLoremWord": `[a-z]+`, "$randomLoremWords": `[a-z]+ [a-z]+ [a-z]+`, "$randomLoremSentence": sentence, "$randomLoremSlug": `[a-z]+-[a-z]+-[a-z]+`,
	"$randomLoremSentences": sentence + `( ` + sentence + `)+`, "$randomLoremParagraph": sentence + `( ` + sentence + `)+`,
	"$randomLoremParagraphs": `(?s)` + sentence + `.*\n \r` + sentence + `.*\n \r` + sentence + `.*`, "$randomLoremText": `\S.*`,
	"$randomLoremLines": sentence + `(\n` + sentence + `)*`,
	"$randomFirstName":  word, "$randomLastName": word, "$randomFullName": word + ` ` + word, "$randomJobTitle": word + ` ` + word + ` ` + word,
	"$randomNamePrefix": `[A-Z][a-z]*\.?`, "$randomNameSuffix": `[A-Za-z.]+`, "$randomJobDescriptor": word, "$randomJobArea": word, "$randomJobType": word,
	"$randomBoolean": `(true|false)`, "$randomWord": `\S+`, "$randomAlphaNumeric": `[a-z0-9]`,
	"$randomFileName": `[a-z]+_[a-z]+\.[a-z0-9]+`, "$randomCommonFileName": `[a-z]+_[a-z]+\.[a-z0-9]+`, "$randomMimeType": `[a-z0-9.+-]+/[a-z0-9.+_ ()-]+`,
	"$randomCommonFileType": `[a-z-]+`, "$randomCommonFileExt": `[a-z0-9]+`, "$randomFileType": `[a-z0-9-]+`, "$randomFileExt": `[a-z0-9]+`,
	"$randomSemver": `\d\.\d\.\d`,
}

// TestDynamicVariablesKnowNewmansNames checks every name listed in
// postman-collection's dynamic-variables.js (testdata/dynamic_variables.txt,
// written by node) is known, that no other name is, and that values have
// the right shape.
func TestDynamicVariablesKnowNewmansNames(t *testing.T) {
	f, err := os.Open("testdata/dynamic_variables.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			names = append(names, line)
		}
	}
	if len(names) != 118 || len(dynamicVariables) != len(names) || len(DynamicNames()) != len(names) {
		t.Fatalf("Newman knows %d names, pmrun %d", len(names), len(dynamicVariables))
	}
	for _, name := range names {
		shape, ok := dynamicShapes[name]
		if !ok {
			t.Errorf("%s: no shape in the test table", name)
			continue
		}
		re := regexp.MustCompile(`^(?:` + shape + `)$`)
		for range 20 {
			v, ok := DynamicValue(name)
			if !ok {
				t.Fatalf("%s: unknown to DynamicValue", name)
			}
			if !re.MatchString(v) {
				t.Errorf("%s = %q, want %s", name, v, shape)
				break
			}
		}
	}
	if _, ok := DynamicValue("$randomNothing"); ok {
		t.Error("$randomNothing should be unknown")
	}
}
