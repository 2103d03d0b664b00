package collection

import (
	"fmt"
	"math"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/brianvoe/gofakeit/v7"
)

// DynamicValue generates a fresh value for one of the 118 dynamic variables
// postman-collection 4.x knows ("$guid", "$randomCity", …); it reports
// false for other names. Values have the shape faker.js gives them (a
// number for $timestamp, a Date's toString for $randomDatePast…), drawn
// from gofakeit's data rather than faker's word lists.
func DynamicValue(name string) (string, bool) {
	gen, ok := dynamicVariables[name]
	if !ok {
		return "", false
	}
	return gen(), true
}

// DynamicNames lists the dynamic variable names, for documentation and
// completion.
func DynamicNames() []string {
	names := make([]string, 0, len(dynamicVariables))
	for n := range dynamicVariables {
		names = append(names, n)
	}
	return names
}

var dynamicVariables = map[string]func() string{
	"$guid":                 gofakeit.UUID,
	"$timestamp":            func() string { return strconv.FormatInt(int64(math.Round(float64(time.Now().UnixMilli())/1000)), 10) },
	"$isoTimestamp":         func() string { return time.Now().UTC().Format("2006-01-02T15:04:05.000Z") },
	"$randomInt":            func() string { return strconv.Itoa(rand.IntN(1001)) },
	"$randomPhoneNumber":    phoneNumber,
	"$randomPhoneNumberExt": func() string { return strconv.Itoa(gofakeit.Number(1, 99)) + "-" + phoneNumber() },
	"$randomLocale":         gofakeit.LanguageAbbreviation,
	"$randomWords":          func() string { return words(gofakeit.Number(2, 5), gofakeit.Word, " ") },
	"$randomFilePath":       func() string { return directoryPath() + "/" + fileName() },
	"$randomDirectoryPath":  directoryPath,

	"$randomCity":          gofakeit.City,
	"$randomStreetName":    func() string { return gofakeit.LastName() + " " + gofakeit.StreetSuffix() },
	"$randomStreetAddress": gofakeit.Street,
	"$randomCountry":       gofakeit.Country,
	"$randomCountryCode":   gofakeit.CountryAbr,
	"$randomLatitude":      func() string { return strconv.FormatFloat(gofakeit.Latitude(), 'f', 4, 64) },
	"$randomLongitude":     func() string { return strconv.FormatFloat(gofakeit.Longitude(), 'f', 4, 64) },

	"$randomColor":            gofakeit.SafeColor,
	"$randomDepartment":       func() string { return capitalize(gofakeit.ProductCategory()) },
	"$randomProductName":      gofakeit.ProductName,
	"$randomProductAdjective": func() string { return capitalize(gofakeit.AdjectiveDescriptive()) },
	"$randomProductMaterial":  gofakeit.ProductMaterial,
	"$randomProduct":          func() string { return capitalize(gofakeit.NounConcrete()) },
	"$randomCompanyName":      gofakeit.Company,
	"$randomCompanySuffix":    gofakeit.CompanySuffix,
	"$randomCatchPhrase": func() string {
		return capitalize(gofakeit.BuzzWord()) + " " + gofakeit.BuzzWord() + " " + gofakeit.BS()
	},
	"$randomBs":                    func() string { return gofakeit.HackerVerb() + " " + gofakeit.BuzzWord() + " " + gofakeit.BS() },
	"$randomCatchPhraseAdjective":  func() string { return capitalize(gofakeit.BuzzWord()) },
	"$randomCatchPhraseDescriptor": gofakeit.BuzzWord,
	"$randomCatchPhraseNoun":       gofakeit.BS,
	"$randomBsAdjective":           gofakeit.BuzzWord,
	"$randomBsBuzz":                gofakeit.HackerVerb,
	"$randomBsNoun":                gofakeit.BS,

	// gofakeit has no database data; these follow the shapes faker gives.
	"$randomDatabaseColumn": func() string { return strings.ToLower(gofakeit.NounCommon()) },
	"$randomDatabaseType": func() string {
		return gofakeit.Regex(`(int|varchar|text|date|time|bit|blob|enum|set|real|float|double|binary|geometry|point|serial|boolean|timestamp|bigint|decimal|tinyint|mediumint)`)
	},
	"$randomDatabaseCollation": func() string {
		return gofakeit.Regex(`(utf8|ascii|cp1250|latin1)_(general|bin|unicode|spanish)_(ci|cs)`)
	},
	"$randomDatabaseEngine": func() string { return gofakeit.Regex(`(InnoDB|MyISAM|MEMORY|CSV|BLACKHOLE|ARCHIVE)`) },

	"$randomDatePast":   func() string { return jsDate(time.Now().Add(-randomDuration(365 * 24 * time.Hour))) },
	"$randomDateFuture": func() string { return jsDate(time.Now().Add(randomDuration(365 * 24 * time.Hour))) },
	"$randomDateRecent": func() string { return jsDate(time.Now().Add(-randomDuration(24 * time.Hour))) },
	"$randomMonth":      gofakeit.MonthString,
	"$randomWeekday":    gofakeit.WeekDay,

	"$randomBankAccount":     func() string { return gofakeit.DigitN(8) },
	"$randomBankAccountName": func() string { return gofakeit.BankType() + " Account" },
	"$randomCreditCardMask":  func() string { return gofakeit.DigitN(4) },
	"$randomPrice":           func() string { return strconv.FormatFloat(gofakeit.Price(0, 1000), 'f', 2, 64) },
	"$randomTransactionType": func() string { return strings.ToLower(gofakeit.VerbAction()) },
	"$randomCurrencyCode":    gofakeit.CurrencyShort,
	"$randomCurrencyName":    gofakeit.CurrencyLong,
	"$randomCurrencySymbol":  func() string { return gofakeit.Regex(`[$€£¥₹₩]`) },
	"$randomBitcoin":         gofakeit.BitcoinAddress,
	"$randomBankAccountIban": func() string { return gofakeit.Regex(`[A-Z]{2}[0-9]{2}[A-Z]{4}[0-9]{14}`) },
	"$randomBankAccountBic":  func() string { return gofakeit.Regex(`[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?`) },
	"$randomAbbreviation":    gofakeit.HackerAbbreviation,
	"$randomAdjective":       gofakeit.HackerAdjective,
	"$randomNoun":            gofakeit.HackerNoun,
	"$randomVerb":            gofakeit.HackerVerb,
	"$randomIngverb":         gofakeit.HackeringVerb,
	"$randomPhrase":          gofakeit.HackerPhrase,
	"$randomAvatarImage":     func() string { return "https://cdn.fakercloud.com/avatars/" + userName() + "_128.jpg" },
	"$randomImageUrl":        func() string { return "http://placeimg.com/640/480" },
	"$randomAbstractImage":   placeImage("abstract"),
	"$randomAnimalsImage":    placeImage("animals"),
	"$randomBusinessImage":   placeImage("business"),
	"$randomCatsImage":       placeImage("cats"),
	"$randomCityImage":       placeImage("city"),
	"$randomFoodImage":       placeImage("food"),
	"$randomNightlifeImage":  placeImage("nightlife"),
	"$randomFashionImage":    placeImage("fashion"),
	"$randomPeopleImage":     placeImage("people"),
	"$randomNatureImage":     placeImage("nature"),
	"$randomSportsImage":     placeImage("sports"),
	"$randomTransportImage":  placeImage("transport"),
	"$randomImageDataUri":    imageDataURI,
	"$randomEmail":           gofakeit.Email,
	"$randomExampleEmail":    func() string { return userName() + "@example.com" },
	"$randomUserName":        userName,
	"$randomProtocol":        func() string { return gofakeit.Regex(`https?`) },
	"$randomUrl":             func() string { return "https://" + gofakeit.DomainName() },
	"$randomDomainName":      gofakeit.DomainName,
	"$randomDomainSuffix":    gofakeit.DomainSuffix,
	"$randomDomainWord":      func() string { return strings.SplitN(gofakeit.DomainName(), ".", 2)[0] },
	"$randomIP":              gofakeit.IPv4Address,
	"$randomIPV6":            gofakeit.IPv6Address,
	"$randomUserAgent":       gofakeit.UserAgent,
	"$randomHexColor":        func() string { return strings.ToLower(gofakeit.HexColor()) },
	"$randomMACAddress":      gofakeit.MacAddress,
	"$randomPassword":        func() string { return gofakeit.Password(true, true, true, false, false, 15) },
	"$randomLoremWord":       gofakeit.LoremIpsumWord,
	"$randomLoremWords":      func() string { return words(3, gofakeit.LoremIpsumWord, " ") },
	"$randomLoremSentence":   loremSentence,
	"$randomLoremSlug":       func() string { return words(3, gofakeit.LoremIpsumWord, "-") },
	"$randomLoremSentences":  func() string { return words(gofakeit.Number(2, 6), loremSentence, " ") },
	"$randomLoremParagraph":  loremParagraph,
	"$randomLoremParagraphs": func() string { return words(3, loremParagraph, "\n \r") },
	"$randomLoremText":       loremSentence,
	"$randomLoremLines":      func() string { return words(gofakeit.Number(1, 5), loremSentence, "\n") },
	"$randomFirstName":       gofakeit.FirstName,
	"$randomLastName":        gofakeit.LastName,
	"$randomFullName":        gofakeit.Name,
	"$randomJobTitle":        func() string { return gofakeit.JobDescriptor() + " " + gofakeit.JobLevel() + " " + gofakeit.JobTitle() },
	"$randomNamePrefix":      gofakeit.NamePrefix,
	"$randomNameSuffix":      gofakeit.NameSuffix,
	"$randomJobDescriptor":   gofakeit.JobDescriptor,
	"$randomJobArea":         gofakeit.JobLevel,
	"$randomJobType":         gofakeit.JobTitle,
	"$randomUUID":            gofakeit.UUID,
	"$randomBoolean":         func() string { return strconv.FormatBool(gofakeit.Bool()) },
	"$randomWord":            gofakeit.Word,
	"$randomAlphaNumeric":    func() string { return gofakeit.Regex(`[a-z0-9]`) },
	"$randomFileName":        fileName,
	"$randomCommonFileName":  fileName,
	"$randomMimeType":        gofakeit.FileMimeType,
	"$randomCommonFileType":  mimeKind,
	"$randomCommonFileExt":   gofakeit.FileExtension,
	"$randomFileType":        mimeKind,
	"$randomFileExt":         gofakeit.FileExtension,
	"$randomSemver":          func() string { return fmt.Sprintf("%d.%d.%d", rand.IntN(10), rand.IntN(10), rand.IntN(10)) },
}

// userName is faker's first.last form; gofakeit's usernames hold spaces.
func userName() string {
	return strings.ReplaceAll(gofakeit.FirstName()+"."+gofakeit.LastName(), " ", "") + strconv.Itoa(rand.IntN(100))
}

// phoneNumber is faker's phoneNumberFormat(0): ###-###-####.
func phoneNumber() string { return gofakeit.Regex(`[2-9][0-9]{2}-[2-9][0-9]{2}-[0-9]{4}`) }

func directoryPath() string {
	return "/" + words(gofakeit.Number(1, 3), func() string { return strings.ToLower(gofakeit.NounCommon()) }, "/")
}

func fileName() string {
	return strings.ToLower(gofakeit.LoremIpsumWord()+"_"+gofakeit.LoremIpsumWord()) + "." + gofakeit.FileExtension()
}

func mimeKind() string { return strings.SplitN(gofakeit.FileMimeType(), "/", 2)[0] }

func placeImage(category string) func() string {
	return func() string { return "http://placeimg.com/640/480/" + category }
}

func imageDataURI() string {
	svg := `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" baseProfile="full" width="640" height="480">` +
		`<rect width="100%" height="100%" fill="` + gofakeit.SafeColor() + `"/></svg>`
	return "data:image/svg+xml;charset=UTF-8," + strings.ReplaceAll(url.QueryEscape(svg), "+", "%20")
}

func loremSentence() string { return gofakeit.LoremIpsumSentence(gofakeit.Number(3, 10)) }

func loremParagraph() string { return words(gofakeit.Number(3, 6), loremSentence, " ") }

// words joins n generated strings.
func words(n int, gen func() string, sep string) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = gen()
	}
	return strings.Join(parts, sep)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func randomDuration(max time.Duration) time.Duration {
	return time.Duration(rand.Int64N(int64(max)))
}

// jsDate writes t as JavaScript's Date#toString does, the zone named in
// full for UTC as node does ("Coordinated Universal Time").
func jsDate(t time.Time) string {
	zone, _ := t.Zone()
	if zone == "UTC" {
		zone = "Coordinated Universal Time"
	}
	return t.Format("Mon Jan 02 2006 15:04:05 GMT-0700") + " (" + zone + ")"
}
