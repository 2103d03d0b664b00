package runner

import "testing"

// BenchmarkRewriteHead rewrites the head net/http writes for a refresh
// request of the bench collection into Newman's order.
func BenchmarkRewriteHead(b *testing.B) {
	goHead := []byte("POST /am/json/realms/root/realms/alpha/sessions?_action=refresh HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n" +
		"User-Agent: \r\nContent-Length: 0\r\nAccept: */*\r\nAccept-Api-Version: resource=4.0\r\nAccept-Encoding: gzip, deflate, br\r\n" +
		"Cache-Control: no-cache\r\nConnection: keep-alive\r\nIplanetdirectorypro: AQIC5wM2LY4SfcxvdvHOXjtC_eWSs2RB54tgvgK8SuYi7aQ.*AAJTSQACMDEAAlNLABQ.*\r\n" +
		"Postman-Token: 0f8fad5b-d9cb-469f-a165-70867728950e\r\n\r\n")
	ours := []string{"Accept-API-Version: resource=4.0", "iPlanetDirectoryPro: AQIC5wM2LY4SfcxvdvHOXjtC_eWSs2RB54tgvgK8SuYi7aQ.*AAJTSQACMDEAAlNLABQ.*",
		"User-Agent: PostmanRuntime/7.39.1", "Accept: */*", "Cache-Control: no-cache", "Postman-Token: 0f8fad5b-d9cb-469f-a165-70867728950e",
		"Host: 127.0.0.1:8080", "Accept-Encoding: gzip, deflate, br", "Connection: keep-alive", "Content-Length: 0"}
	b.ReportAllocs()
	for b.Loop() {
		rewriteHead(goHead, ours)
	}
}
