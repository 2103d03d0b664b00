// Command pmrun runs Postman collections without Postman or Node.
package main

func main() {}
