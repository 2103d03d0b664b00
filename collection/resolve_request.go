package collection

// ResolveRequest returns a copy of req with every {{…}} reference resolved:
// the URL's parts and path variables, header names and values, every body
// mode and the auth parameters, as Postman substitutes the request as a
// whole before sending it.
func (r *Resolver) ResolveRequest(req *Request) *Request {
	out := &Request{
		Method:      r.Resolve(req.Method),
		URL:         r.ResolveURL(req.URL),
		Description: req.Description,
		Auth:        r.ResolveAuth(req.Auth),
	}
	for _, h := range req.Headers {
		out.Headers = append(out.Headers, Header{Key: r.Resolve(h.Key), Value: r.Resolve(h.Value), Disabled: h.Disabled, Description: h.Description})
	}
	if req.Body != nil {
		out.Body = r.resolveBody(req.Body)
	}
	return out
}

// ResolveURL resolves every part of u.
func (r *Resolver) ResolveURL(u URL) URL {
	out := u
	out.Raw = r.Resolve(u.Raw)
	out.Protocol = r.Resolve(u.Protocol)
	out.Port = r.Resolve(u.Port)
	out.Hash = r.Resolve(u.Hash)
	if u.Auth != nil {
		a := *u.Auth
		a.User, a.Password = r.Resolve(a.User), r.Resolve(a.Password)
		out.Auth = &a
	}
	out.Host = r.resolveAll(u.Host)
	out.Path = r.resolveAll(u.Path)
	out.Query = nil
	for _, q := range u.Query {
		rq := QueryParam{Key: r.Resolve(q.Key), Disabled: q.Disabled}
		if q.Value != nil {
			v := r.Resolve(*q.Value)
			rq.Value = &v
		}
		out.Query = append(out.Query, rq)
	}
	out.Variables = r.resolveVariables(u.Variables)
	return out
}

// ResolveAuth resolves the auth parameters that are strings.
func (r *Resolver) ResolveAuth(a *Auth) *Auth {
	if a == nil {
		return nil
	}
	return &Auth{Type: a.Type, Params: r.resolveVariables(a.Params)}
}

func (r *Resolver) resolveVariables(vars []Variable) []Variable {
	if vars == nil {
		return nil
	}
	out := make([]Variable, len(vars))
	for i, v := range vars {
		out[i] = v
		out[i].Key = r.Resolve(v.Key)
		if s, ok := v.Value.(string); ok {
			out[i].Value = r.Resolve(s)
		}
	}
	return out
}

func (r *Resolver) resolveAll(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = r.Resolve(s)
	}
	return out
}

func (r *Resolver) resolveBody(b *Body) *Body {
	out := *b
	out.Raw = r.Resolve(b.Raw)
	out.URLEncoded = nil
	for _, p := range b.URLEncoded {
		out.URLEncoded = append(out.URLEncoded, Param{Key: r.Resolve(p.Key), Value: r.Resolve(p.Value), Disabled: p.Disabled})
	}
	out.FormData = nil
	for _, p := range b.FormData {
		fp := p
		fp.Key, fp.Value, fp.ContentType = r.Resolve(p.Key), r.Resolve(p.Value), r.Resolve(p.ContentType)
		fp.Src = r.resolveAll(p.Src)
		out.FormData = append(out.FormData, fp)
	}
	out.File.Src = r.Resolve(b.File.Src)
	out.GraphQL = GraphQL{
		Query:           r.Resolve(b.GraphQL.Query),
		Variables:       r.Resolve(b.GraphQL.Variables),
		OperationName:   r.Resolve(b.GraphQL.OperationName),
		VariablesObject: b.GraphQL.VariablesObject,
	}
	return &out
}
